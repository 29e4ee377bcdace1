# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the schemas' strings and runs lupdate over copies of the catalogues, as `make translations` would,
# and fails when that changes one: a user-visible string was added, changed or removed in the sources or
# the schemas since the catalogues were made.
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DSCHEMAS=${SCHEMAS} -DOUTPUT=${SCRATCH}/schemastrings.h
                        -P "${CATALOGUES}/schema-strings.cmake" RESULT_VARIABLE result)
file(READ "${CATALOGUES}/schemastrings.h" committed)
file(READ "${SCRATCH}/schemastrings.h" updated)
if(NOT result EQUAL 0 OR NOT committed STREQUAL updated)
    message(FATAL_ERROR "translations/schemastrings.h lags resources/schemas/: run `make translations`.")
endif()
set(catalogues wabench)
foreach(language IN LISTS LANGUAGES)
    list(APPEND catalogues wabench_${language})
endforeach()
foreach(name IN LISTS catalogues)
    file(COPY "${CATALOGUES}/${name}.ts" DESTINATION "${SCRATCH}")
    set(extra)
    if(name STREQUAL "wabench_en")
        set(extra -pluralonly -source-language en -target-language en)
    elseif(name MATCHES "^wabench_(.+)$")
        set(extra -target-language ${CMAKE_MATCH_1})
    endif()
    execute_process(COMMAND "${LUPDATE}" ${ARGUMENTS} ${extra} -ts "${SCRATCH}/${name}.ts"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}.ts:\n${output}")
    endif()
    file(READ "${CATALOGUES}/${name}.ts" committed)
    file(READ "${SCRATCH}/${name}.ts" updated)
    if(NOT committed STREQUAL updated)
        message(FATAL_ERROR "translations/${name}.ts lags the sources: run `make translations`, then translate "
                            "what it marks unfinished (wabench_en.ts: the English plural forms).")
    endif()
endforeach()
message(STATUS "The catalogues hold every user-visible string of the sources.")
