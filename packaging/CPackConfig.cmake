# Packaging: a .deb on Debian, an NSIS installer (plus a zip) on Windows.
# Included from the top-level CMakeLists.txt (OPTIONAL), after every target and install() rule, so
# that the install rules below run after the programs are installed (policy CMP0082).
#
#   Linux:    cmake --build build && cd build && cpack -G DEB
#   Windows:  see packaging/windows/README.md (cpack -G NSIS)

set(CREDITDESK_PACKAGE_MAINTAINER "CreditDesk release team"
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
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CreditDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CreditDesk")
set(CPACK_STRIP_FILES OFF)
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

# --- Linux: desktop entry and icon, only when the files are there -------------------------------
if(UNIX AND NOT APPLE)
    if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/linux/creditdesk.desktop")
        install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/creditdesk.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    endif()
    # The icon is a placeholder until the artwork lands: the first of these that exists is used.
    foreach(icon IN ITEMS
            packaging/linux/creditdesk.svg resources/icons/creditdesk.svg
            packaging/linux/creditdesk.png resources/icons/creditdesk.png)
        if(EXISTS "${PROJECT_SOURCE_DIR}/${icon}")
            if(icon MATCHES "\\.svg$")
                set(icon_dir "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
            else()
                set(icon_dir "${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps")
            endif()
            get_filename_component(icon_ext "${icon}" LAST_EXT)
            install(FILES "${PROJECT_SOURCE_DIR}/${icon}" DESTINATION "${icon_dir}"
                RENAME "creditdesk${icon_ext}")
            break()
        endif()
    endforeach()
endif()

# --- DEB ----------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "creditdesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CREDITDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack puts the summary on the Description line and this text, indented, below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "CreditDesk keeps the cases of joint credit incentives and sanctions in an
encrypted SQLCipher database: a Qt desktop client (creditdesk) and a command
line tool (creditdesk-cli).")
# dpkg-shlibdeps finds the Qt 6, OpenSSL, libzip, ... libraries the programs link. SQLCipher is
# named explicitly with its minimum: bookworm itself only has 3.4, 4.6 comes from backports.
# The xcb platform plugin is loaded at run time, so no shared-library dependency shows it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.6), qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

# --- Windows: NSIS installer --------------------------------------------------------------------
# The CPack NSIS template carries English (the default) and Simplified Chinese among its
# languages; the installer shows the one matching the Windows display language.
set(CPACK_NSIS_PACKAGE_NAME "CreditDesk")
set(CPACK_NSIS_DISPLAY_NAME "CreditDesk ${PROJECT_VERSION}")
if(CMAKE_HOST_WIN32)
    # makensis on other hosts rejects the /TRIM option CPack adds to BrandingText.
    set(CPACK_NSIS_BRANDING_TEXT "CreditDesk ${PROJECT_VERSION}")
endif()
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\creditdesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Start menu shortcut "CreditDesk" for bin\creditdesk.exe. The desktop shortcut is made here too:
# CPACK_CREATE_DESKTOP_LINKS would only act through the English-only "add to PATH" options page.
set(CPACK_PACKAGE_EXECUTABLES "creditdesk" "CreditDesk")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "  CreateShortCut '$DESKTOP\\\\CreditDesk.lnk' '$INSTDIR\\\\bin\\\\creditdesk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "  Delete '$DESKTOP\\\\CreditDesk.lnk'")
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/windows/creditdesk.ico")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/creditdesk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/creditdesk.ico")
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
