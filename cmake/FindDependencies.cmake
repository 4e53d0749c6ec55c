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
