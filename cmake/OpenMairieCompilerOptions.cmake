# Compiler flags shared by every target of the suite (ARCHITECTURE.md §8).
add_library(openmairie_compiler_options INTERFACE)
# The name the installed package gives it, so that openmairie_add_module() reads the same in and out of the tree.
add_library(OpenMairie::CompilerOptions ALIAS openmairie_compiler_options)
target_compile_definitions(openmairie_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    target_compile_options(openmairie_compiler_options INTERFACE /W4 /utf-8 /permissive-)
else()
    target_compile_options(openmairie_compiler_options INTERFACE -Wall -Wextra -Wpedantic)
endif()
option(OPENMAIRIE_WARNINGS_AS_ERRORS "Traiter les avertissements comme des erreurs" OFF)
if(OPENMAIRIE_WARNINGS_AS_ERRORS)
    set(CMAKE_COMPILE_WARNING_AS_ERROR ON)
endif()
