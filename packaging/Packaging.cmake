# Installers. The version of every package, of the AppStream release, of Info.plist and of
# `odag-admin --version` is the one in project(OdagAdmin VERSION ...): there is no other.
#   Linux   DEB (dependencies from dpkg-shlibdeps), RPM (rpm's automatic requires), TGZ:
#           proven on this Debian machine by tests/package.
#   Windows NSIS installer with windeployqt; macOS DragNDrop DMG with macdeployqt: built by
#           .github/workflows/release.yml on those systems.
include(GNUInstallDirs)

# The reverse-DNS id of the application: .desktop file name, AppStream <id>, icon name.
set(ODAG_APP_ID "io.github.odag_admin.OdagAdmin")
# The date of the release that carries PROJECT_VERSION; change both together.
set(ODAG_RELEASE_DATE "2026-11-22")
set(ODAG_SCREENSHOT_BASE "https://raw.githubusercontent.com/odag-admin/odag-admin/main/docs/screenshots")

# The About dialog links the homepage. A define on that one file, not on odag::options,
# so that no other object file is rebuilt when it changes.
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/gui/MainWindow.cpp DIRECTORY ${CMAKE_SOURCE_DIR}/src/gui
  PROPERTIES COMPILE_DEFINITIONS "ODAG_HOMEPAGE_URL=\"${PROJECT_HOMEPAGE_URL}\"")
# The desktop file name tells Wayland compositors which .desktop file (and icon) a window
# belongs to.
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/app/main.cpp DIRECTORY ${CMAKE_SOURCE_DIR}/src/app
  PROPERTIES COMPILE_DEFINITIONS "ODAG_APP_ID=\"${ODAG_APP_ID}\"")

include(${CMAKE_CURRENT_LIST_DIR}/icons/Icons.cmake)
if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

set(CPACK_PACKAGE_NAME "odag-admin")
set(CPACK_PACKAGE_VENDOR "ODAG Admin")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "ODAG Admin maintainers <maintainers@odag-admin.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ODAG Admin shows every On-Demand App Generation link and request of a Qlik Cloud tenant
or a Qlik Sense Enterprise site, with the spaces, apps and reloads around them, and lets
administrators change them safely. It comes with a sandbox tenant (odag-sandbox) that
speaks the same REST APIs, for trying and teaching.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ODAG Admin")
set(CPACK_PACKAGE_EXECUTABLES "odag-admin" "ODAG Admin")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
# Packages carry no debug information, whatever the build type.
set(CPACK_STRIP_FILES ON)
# Source packages (CPackSourceConfig.cmake) leave out build trees and git data.
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(NOT WIN32 AND NOT APPLE)
  set(CPACK_GENERATOR "DEB;RPM;TGZ")

  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION "net")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQLite driver (request
  # history, sandbox state) and the SVG icon engine. The xcb, wayland-egl and offscreen
  # platform plugins and the OpenSSL backend ship with libqt6gui6/libqt6network6 on
  # Debian 12 (qt6-qpa-plugins holds only the VNC and TUIO plugins, which we do not use).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
  # qtkeychain keeps API keys in the Secret Service.
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
  set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_PACKAGE_AUTOPROV ON)
  # The plugins again (Fedora's names); the Qt libraries come from the automatic requires.
  set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
  # Directories the filesystem package owns must not be claimed by ours.
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
      /usr/share/man /usr/share/man/man1 /usr/share/doc)
  foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512 scalable)
    if(size STREQUAL "scalable")
      set(dir "/usr/share/icons/hicolor/scalable")
    else()
      set(dir "/usr/share/icons/hicolor/${size}x${size}")
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION "${dir}" "${dir}/apps")
  endforeach()
endif()

include(CPack)
