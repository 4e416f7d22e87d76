# openmairie_add_module(<target>
#     ID <id> METADATA <file.json.in>
#     [DEPENDS <id>...] [OPTIONAL_DEPENDS <id>...]
#     [API_VERSION <n>]          (tests only: fixture plugins with a wrong API)
#     [OUTPUT_DIR <dir>] [NO_INSTALL]
#     SOURCES <files>...)
#
# Dependencies are declared once, here; the JSON metadata that the loader reads before loading the
# library is generated from them (Qt Creator's add_qtc_plugin does the same).
#
# The same file serves the suite's own tree and, installed with the CMake package, a partner's module
# built outside it (find_package(OpenMairie)): every variable of the suite has a fallback here.
include(GNUInstallDirs)

function(openmairie_add_module target)
    cmake_parse_arguments(PARSE_ARGV 1 OM "NO_INSTALL" "ID;METADATA;API_VERSION;OUTPUT_DIR"
        "DEPENDS;OPTIONAL_DEPENDS;SOURCES")
    if(NOT OM_ID OR NOT OM_METADATA)
        message(FATAL_ERROR "openmairie_add_module(${target}): ID et METADATA sont obligatoires")
    endif()
    if(NOT OM_API_VERSION)
        set(OM_API_VERSION ${OPENMAIRIE_API_VERSION})
    endif()
    if(NOT OM_OUTPUT_DIR)
        set(OM_OUTPUT_DIR "${OPENMAIRIE_MODULE_OUTPUT_DIR}")
    endif()
    if(NOT OM_OUTPUT_DIR)
        # Outside the suite's tree: one folder for the project's modules, for OPENMAIRIE_MODULE_PATH.
        set(OM_OUTPUT_DIR "${PROJECT_BINARY_DIR}/modules")
    endif()
    set(install_dir "${OPENMAIRIE_INSTALL_MODULE_DIR}")
    if(NOT install_dir)
        set(install_dir "${CMAKE_INSTALL_LIBDIR}/openmairie/modules")
    endif()

    set(deps "")
    foreach(dep IN LISTS OM_DEPENDS)
        list(APPEND deps "{ \"Id\": \"${dep}\", \"Type\": \"required\" }")
    endforeach()
    foreach(dep IN LISTS OM_OPTIONAL_DEPENDS)
        list(APPEND deps "{ \"Id\": \"${dep}\", \"Type\": \"optional\" }")
    endforeach()
    list(JOIN deps ", " deps_joined)
    set(OM_MODULE_ID "${OM_ID}")
    set(OM_MODULE_VERSION "${PROJECT_VERSION}")
    if(NOT OM_MODULE_VERSION)
        set(OM_MODULE_VERSION "0.0.0")
    endif()
    set(OM_MODULE_API_VERSION "${OM_API_VERSION}")
    set(OM_MODULE_DEPENDENCIES "[ ${deps_joined} ]")
    get_filename_component(json_name "${OM_METADATA}" NAME_WLE)
    configure_file("${OM_METADATA}" "${CMAKE_CURRENT_BINARY_DIR}/${json_name}" @ONLY)

    qt_add_plugin(${target} CLASS_NAME ${target})
    target_sources(${target} PRIVATE ${OM_SOURCES})
    target_include_directories(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}")
    target_link_libraries(${target} PRIVATE OpenMairie::Core OpenMairie::CoreUi OpenMairie::CompilerOptions)
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "om_${OM_ID}"
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY "${OM_OUTPUT_DIR}"
        AUTORCC ON)
    # moc must regenerate the plugin when its metadata changes.
    set_property(SOURCE ${OM_SOURCES} APPEND PROPERTY OBJECT_DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/${json_name}")
    if(NOT OM_NO_INSTALL)
        install(TARGETS ${target} LIBRARY DESTINATION "${install_dir}" COMPONENT runtime)
        set_property(GLOBAL APPEND PROPERTY OPENMAIRIE_MODULE_TARGETS ${target})
    endif()
endfunction()
