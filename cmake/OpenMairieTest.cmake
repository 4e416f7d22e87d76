# openmairie_add_test(<name> SOURCES ... [LIBS ...] [BACKENDS sqlite pgsql] [GUI] [LABELS ...])
#
# One executable per tst_<unit>.cpp. A test that touches a database is registered once per backend
# (<name>:sqlite, <name>:pgsql) with OPENMAIRIE_TEST_BACKEND set, so each DB test runs on both.
function(openmairie_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 OM "GUI" "TIMEOUT" "SOURCES;LIBS;BACKENDS;LABELS;ENVIRONMENT")
    add_executable(${name} ${OM_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test openmairie_test_support openmairie_compiler_options ${OM_LIBS})
    if(NOT OM_TIMEOUT)
        set(OM_TIMEOUT 300)
    endif()
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "OPENMAIRIE_MODULE_PATH=${OPENMAIRIE_MODULE_OUTPUT_DIR}"
        "OPENMAIRIE_TEST_FIXTURES=${PROJECT_SOURCE_DIR}/tests/fixtures"
        "OPENMAIRIE_TEST_BINARY_DIR=${PROJECT_BINARY_DIR}"
        ${OM_ENVIRONMENT})
    set(labels ${OM_LABELS})
    if(OM_GUI)
        list(APPEND labels gui)
    endif()
    if(OM_BACKENDS)
        foreach(backend IN LISTS OM_BACKENDS)
            add_test(NAME ${name}:${backend} COMMAND ${name})
            set_tests_properties(${name}:${backend} PROPERTIES
                ENVIRONMENT "${env};OPENMAIRIE_TEST_BACKEND=${backend}"
                LABELS "${labels};${backend}"
                TIMEOUT ${OM_TIMEOUT})
        endforeach()
    else()
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels};unit"
            TIMEOUT ${OM_TIMEOUT})
    endif()
endfunction()
