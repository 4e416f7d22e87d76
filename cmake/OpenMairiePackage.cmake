# The CMake package a partner's module builds against: find_package(OpenMairie) gives
# OpenMairie::Core, OpenMairie::CoreUi, OpenMairie::CompilerOptions and openmairie_add_module().
# Included by the top-level CMakeLists.txt after libcore/ (its targets must exist).
include(CMakePackageConfigHelpers)

set(OPENMAIRIE_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/OpenMairie")
set(OPENMAIRIE_INSTALL_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}/openmairie")

set_target_properties(OpenMairieCore PROPERTIES EXPORT_NAME Core)
set_target_properties(OpenMairieCoreUi PROPERTIES EXPORT_NAME CoreUi)
set_target_properties(openmairie_compiler_options PROPERTIES EXPORT_NAME CompilerOptions)
install(TARGETS openmairie_compiler_options EXPORT OpenMairieTargets COMPONENT devel)

# The public headers keep the source layout: each library's folder is an include directory, and so is
# each of its sub-systems (documents/, exchange/, ...), as in the build tree, so that both
# "documents/X.h" and "X.h" resolve as they do for the suite's own modules.
function(_openmairie_install_headers target source_dir binary_dir subdir)
    install(FILES "${binary_dir}/openmairie_${subdir}_export.h"
        DESTINATION "${OPENMAIRIE_INSTALL_INCLUDEDIR}/${subdir}" COMPONENT devel)
    file(GLOB_RECURSE headers CONFIGURE_DEPENDS RELATIVE "${source_dir}" "${source_dir}/*.h")
    set(folders "")
    foreach(header IN LISTS headers)
        get_filename_component(folder "${header}" DIRECTORY)
        install(FILES "${source_dir}/${header}"
            DESTINATION "${OPENMAIRIE_INSTALL_INCLUDEDIR}/${subdir}/${folder}" COMPONENT devel)
        if(folder)
            list(APPEND folders "${folder}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES folders)
    foreach(folder IN LISTS folders)
        target_include_directories(${target} PUBLIC
            "$<INSTALL_INTERFACE:${OPENMAIRIE_INSTALL_INCLUDEDIR}/${subdir}/${folder}>")
    endforeach()
endfunction()
_openmairie_install_headers(OpenMairieCore "${PROJECT_SOURCE_DIR}/libcore/core"
    "${PROJECT_BINARY_DIR}/libcore/core" core)
_openmairie_install_headers(OpenMairieCoreUi "${PROJECT_SOURCE_DIR}/libcore/coreui"
    "${PROJECT_BINARY_DIR}/libcore/coreui" coreui)

install(EXPORT OpenMairieTargets
    NAMESPACE OpenMairie::
    DESTINATION "${OPENMAIRIE_INSTALL_CMAKEDIR}"
    COMPONENT devel)

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/OpenMairieConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/cmake/OpenMairieConfig.cmake"
    INSTALL_DESTINATION "${OPENMAIRIE_INSTALL_CMAKEDIR}")
# Headers may change between 0.x releases: a module asks for the same major.minor. The plugin API
# version (OPENMAIRIE_API_VERSION) is what the loader checks at run time.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/cmake/OpenMairieConfigVersion.cmake"
    VERSION ${PROJECT_VERSION}
    COMPATIBILITY SameMinorVersion)
install(FILES
    "${PROJECT_BINARY_DIR}/cmake/OpenMairieConfig.cmake"
    "${PROJECT_BINARY_DIR}/cmake/OpenMairieConfigVersion.cmake"
    "${PROJECT_SOURCE_DIR}/cmake/OpenMairieModule.cmake"
    DESTINATION "${OPENMAIRIE_INSTALL_CMAKEDIR}"
    COMPONENT devel)
