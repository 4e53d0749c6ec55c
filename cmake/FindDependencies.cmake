# SQLCipher is the only database engine. On Debian it comes from bookworm-backports (4.6); on
# Windows from vcpkg. Either way the target is SQLCipher::SQLCipher.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher>=4.6)
endif()
if(SQLCIPHER_FOUND)
    add_library(SQLCipher::SQLCipher ALIAS PkgConfig::SQLCIPHER)
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
