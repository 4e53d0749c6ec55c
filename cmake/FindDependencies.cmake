# SQLCipher is the only database engine. On Debian it comes from bookworm-backports (4.6); on
# Windows from vcpkg. Either way the target is SQLCipher::SQLCipher.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    # sqlcipher.pc carries the SQLite version (3.46 for SQLCipher 4.6), so the SQLCipher version is
    # checked where it matters: at run time through PRAGMA cipher_version, and by the setup script.
    pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher)
endif()
if(SQLCIPHER_FOUND)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE PkgConfig::SQLCIPHER)
else()
    find_path(SQLCIPHER_INCLUDE_DIR NAMES sqlcipher/sqlite3.h REQUIRED)
    find_library(SQLCIPHER_LIBRARY NAMES sqlcipher REQUIRED)
    add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCIPHER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}")
endif()
# The header must see the codec API (sqlite3_key and friends).
set_property(TARGET SQLCipher::SQLCipher APPEND PROPERTY
    INTERFACE_COMPILE_DEFINITIONS SQLITE_HAS_CODEC SQLITE_TEMP_STORE=2)

# A library found through pkg-config (Debian), else by its header and library file (a vcpkg or
# hand-made install): either way the same imported TARGET for the rest of the build.
function(creditdesk_library target pkg header lib)
    string(MAKE_C_IDENTIFIER "${pkg}" prefix)
    string(TOUPPER "CD_${prefix}" prefix)
    if(PkgConfig_FOUND)
        pkg_check_modules(${prefix} IMPORTED_TARGET ${pkg})
    endif()
    if(${prefix}_FOUND)
        add_library(${target} INTERFACE IMPORTED GLOBAL)
        target_link_libraries(${target} INTERFACE PkgConfig::${prefix})
    else()
        find_path(${prefix}_INCLUDE_DIR NAMES ${header} REQUIRED)
        find_library(${prefix}_LIBRARY NAMES ${lib} REQUIRED)
        add_library(${target} UNKNOWN IMPORTED GLOBAL)
        set_target_properties(${target} PROPERTIES
            IMPORTED_LOCATION "${${prefix}_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${${prefix}_INCLUDE_DIR}")
    endif()
    set(${prefix}_FOUND ${${prefix}_FOUND} PARENT_SCOPE)
endfunction()

# Spreadsheets are written with libxlsxwriter, Word documents zipped with libzip, old .xls
# workbooks read with FreeXL.
creditdesk_library(XlsxWriter::XlsxWriter xlsxwriter xlsxwriter.h xlsxwriter)
if(NOT CD_XLSXWRITER_FOUND)
    find_package(ZLIB REQUIRED) # libxlsxwriter's own dependency when linked statically
    target_link_libraries(XlsxWriter::XlsxWriter INTERFACE ZLIB::ZLIB)
endif()
creditdesk_library(FreeXL::FreeXL freexl freexl.h freexl)
# vcpkg ships libzip as a CMake package; Debian as pkg-config.
if(PkgConfig_FOUND)
    pkg_check_modules(LIBZIP IMPORTED_TARGET libzip)
endif()
if(LIBZIP_FOUND)
    add_library(LibZip::LibZip INTERFACE IMPORTED)
    target_link_libraries(LibZip::LibZip INTERFACE PkgConfig::LIBZIP)
else()
    find_package(libzip CONFIG REQUIRED)
    add_library(LibZip::LibZip INTERFACE IMPORTED)
    target_link_libraries(LibZip::LibZip INTERFACE libzip::zip)
endif()
