# Packaging: a .deb on Debian, an NSIS installer (plus a zip) on Windows.
# Included from the top-level CMakeLists.txt (OPTIONAL), after every target and install() rule, so
# that the install rules below run after the programs are installed (policy CMP0082).
#
#   Linux:    cmake --build build --target package_deb      (docs/BUILDING.md)
#   Windows:  cmake --build --preset windows-installer      (packaging/windows/README.md)

set(CREDITDESK_PACKAGE_MAINTAINER "CreditDesk maintainers <packages@creditdesk.invalid>"
    CACHE STRING "Maintainer of the packages, as 'Name <e-mail>'")

include(GNUInstallDirs)

# --- What every package has ---------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "creditdesk")
set(CPACK_PACKAGE_VENDOR "CreditDesk")
set(CPACK_PACKAGE_CONTACT "${CREDITDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CreditDesk") # C:\Program Files\CreditDesk
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CreditDesk")
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS;ZIP")
    else()
        set(CPACK_GENERATOR "DEB")
    endif()
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git(/|$)" "/\\\\.cache/" "/build[^/]*/" "/demo/" "\\\\.user$" "compile_commands\\\\.json$")

# --- DEB ----------------------------------------------------------------------------------------
# The desktop entry, icons, man pages and copyright file are installed by packaging/CMakeLists.txt.
set(CPACK_DEBIAN_PACKAGE_NAME "creditdesk")
if(CREDITDESK_DEB_FILE_NAME)
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "${CREDITDESK_DEB_ARCH}")
    set(CPACK_DEBIAN_FILE_NAME "${CREDITDESK_DEB_FILE_NAME}")
else()
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CREDITDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack puts the summary on the Description line and this text, indented, below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "CreditDesk is the case-management desk of a city social-credit office:
subjects and their credit records, joint incentive and sanction cases with
the measure tasks pushed to departments, red and black lists, objections,
credit repair and the supervision of how departments carry out the measures.

It keeps everything in one SQLCipher-encrypted database file and comes as a
Qt desktop client (creditdesk) and a command line tool (creditdesk-cli).")
# dpkg-shlibdeps finds the Qt 6, OpenSSL, libzip, libxlsxwriter, FreeXL and SQLCipher libraries the
# programs link. SQLCipher is also named with its minimum, because bookworm itself only has 3.4 and
# 4.6 comes from bookworm-backports; the CJK fonts are needed for every Chinese screen and document
# (nothing links them); the xcb platform plugin is loaded at run time, so no library shows it, and
# so is Qt's PostgreSQL driver for an office server (issue 10; it links libpq, not SQLite).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.6), fonts-noto-cjk, qt6-qpa-plugins, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Debian ships programs stripped; the debug information stays in the build tree.
set(CPACK_STRIP_FILES ON)

# --- Windows: NSIS installer --------------------------------------------------------------------
# Our own template (packaging/windows/NSIS.template.in): per machine under Program Files, English
# and Simplified Chinese for every text, Start menu entries, an optional desktop shortcut and an
# uninstaller. makensis also runs on Linux (Debian's nsis package), which is how
# tests/package/TestNsisInstaller compiles the template on every Linux build.
set(CPACK_MODULE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows")
set(CPACK_NSIS_PACKAGE_NAME "CreditDesk")
set(CPACK_NSIS_DISPLAY_NAME "CreditDesk ${PROJECT_VERSION}")
if(CREDITDESK_ICON_ICO)
    file(TO_NATIVE_PATH "${CREDITDESK_ICON_ICO}" _creditdesk_ico)
    set(CPACK_NSIS_MUI_ICON "${_creditdesk_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${_creditdesk_ico}")
endif()

if(WIN32)
    # The MSVC runtime DLLs go next to the programs (no vc_redist needed on the desks).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    # windeployqt copies the Qt DLLs, plugins (platforms, styles, sqldrivers, imageformats, ...)
    # and Qt's own translations next to the installed programs. The non-Qt DLLs (SQLCipher,
    # OpenSSL, libzip, ...) are copied by vcpkg (X_VCPKG_APPLOCAL_DEPS_INSTALL in the preset).
    set(_creditdesk_wdq_hints)
    if(QT6_INSTALL_PREFIX)
        list(APPEND _creditdesk_wdq_hints
            "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin")
    endif()
    if(Qt6_DIR)
        # vcpkg: <installed>/share/Qt6 -> <installed>/tools/Qt6/bin; Qt installer: lib/cmake/Qt6.
        list(APPEND _creditdesk_wdq_hints "${Qt6_DIR}/../../tools/Qt6/bin" "${Qt6_DIR}/../../../bin")
    endif()
    find_program(CREDITDESK_WINDEPLOYQT NAMES windeployqt windeployqt6
        HINTS ${_creditdesk_wdq_hints}
        DOC "windeployqt, run on the installed programs at install time")
    if(CREDITDESK_WINDEPLOYQT)
        install(CODE "set(CREDITDESK_WINDEPLOYQT \"${CREDITDESK_WINDEPLOYQT}\")")
        install(CODE [[
            set(_bindir "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin")
            if(CMAKE_INSTALL_CONFIG_NAME STREQUAL "Debug")
                set(_mode --debug)
            else()
                set(_mode --release)
            endif()
            foreach(_exe IN ITEMS creditdesk.exe creditdesk-cli.exe)
                if(EXISTS "${_bindir}/${_exe}")
                    message(STATUS "windeployqt ${_mode} ${_bindir}/${_exe}")
                    execute_process(
                        COMMAND "${CREDITDESK_WINDEPLOYQT}" ${_mode} --no-compiler-runtime
                                --verbose 1 "${_bindir}/${_exe}"
                        RESULT_VARIABLE _rc)
                    if(NOT _rc EQUAL 0)
                        message(FATAL_ERROR "windeployqt failed on ${_exe} (${_rc})")
                    endif()
                endif()
            endforeach()
        ]])
    else()
        message(WARNING "windeployqt not found: the install tree and the installer will lack the "
            "Qt DLLs. Set CREDITDESK_WINDEPLOYQT, or run windeployqt by hand on the installed "
            "bin\\creditdesk.exe (packaging/windows/README.md).")
    endif()
endif()

include(CPack)
