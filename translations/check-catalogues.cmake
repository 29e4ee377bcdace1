# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over copies of the catalogues and fails when that changes them: a user-visible string was
# added, changed or removed in the sources and `make translations` has not been run since.
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")
string(REPLACE ";" ";" arguments "${ARGUMENTS}")
foreach(name wabench wabench_en)
    file(COPY "${CATALOGUES}/${name}.ts" DESTINATION "${SCRATCH}")
    set(extra)
    if(name STREQUAL "wabench_en")
        set(extra -pluralonly -source-language en -target-language en)
    endif()
    execute_process(COMMAND "${LUPDATE}" ${arguments} ${extra} -ts "${SCRATCH}/${name}.ts"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}.ts:\n${output}")
    endif()
    file(READ "${CATALOGUES}/${name}.ts" committed)
    file(READ "${SCRATCH}/${name}.ts" updated)
    if(NOT committed STREQUAL updated)
        message(FATAL_ERROR "translations/${name}.ts is out of date with the sources: run `make translations` "
                            "(and translate the English plural forms in wabench_en.ts).")
    endif()
endforeach()
message(STATUS "The catalogues list every user-visible string of the sources.")
