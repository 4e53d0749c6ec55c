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

# Spreadsheets are written with libxlsxwriter, Word documents zipped with libzip. Debian has
# pkg-config files for both; vcpkg ships CMake packages (xlsxwriter: libxlsxwriter's own config,
# libzip: libzip::zip). Either way the targets are XlsxWriter::XlsxWriter and LibZip::LibZip.
if(PkgConfig_FOUND)
    pkg_check_modules(XLSXWRITER IMPORTED_TARGET xlsxwriter)
    pkg_check_modules(LIBZIP IMPORTED_TARGET libzip)
endif()
if(XLSXWRITER_FOUND)
    add_library(XlsxWriter::XlsxWriter INTERFACE IMPORTED)
    target_link_libraries(XlsxWriter::XlsxWriter INTERFACE PkgConfig::XLSXWRITER)
else()
    find_path(XLSXWRITER_INCLUDE_DIR NAMES xlsxwriter.h REQUIRED)
    find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter REQUIRED)
    add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED)
    set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
        IMPORTED_LOCATION "${XLSXWRITER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${XLSXWRITER_INCLUDE_DIR}")
    find_package(ZLIB REQUIRED) # libxlsxwriter's own dependency when linked statically
    target_link_libraries(XlsxWriter::XlsxWriter INTERFACE ZLIB::ZLIB)
endif()
if(LIBZIP_FOUND)
    add_library(LibZip::LibZip INTERFACE IMPORTED)
    target_link_libraries(LibZip::LibZip INTERFACE PkgConfig::LIBZIP)
else()
    find_package(libzip CONFIG REQUIRED)
    add_library(LibZip::LibZip INTERFACE IMPORTED)
    target_link_libraries(LibZip::LibZip INTERFACE libzip::zip)
endif()
