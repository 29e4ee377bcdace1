# SPDX-License-Identifier: GPL-3.0-or-later
# Formats the man page with groff, every warning on, and fails on any warning.
execute_process(COMMAND "${GROFF}" -man -ww -z -Tutf8 "${PAGE}" RESULT_VARIABLE result ERROR_VARIABLE warnings)
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "groff finds fault with ${PAGE}:\n${warnings}")
endif()
