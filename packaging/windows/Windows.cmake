# Windows: the executable's icon, windeployqt into the install tree, and an NSIS installer
# with Start-menu and desktop shortcuts and an uninstaller. Built by CI (windows-latest,
# Qt >= 6.5 from the Qt installer); it cannot be exercised on the Debian machine.
if(Qt6_VERSION VERSION_LESS 6.5)
  message(WARNING "The Windows installer needs Qt 6.5 or later (qt_generate_deploy_script); found ${Qt6_VERSION}.")
  return()
endif()

# The icon Explorer shows for odag-admin.exe: a resource script pointing at the .ico that
# odag-render-icons writes at build time.
configure_file(${CMAKE_CURRENT_LIST_DIR}/odag-admin.rc.in ${CMAKE_BINARY_DIR}/packaging/windows/odag-admin.rc @ONLY)
target_sources(odag-admin PRIVATE ${CMAKE_BINARY_DIR}/packaging/windows/odag-admin.rc)
set_source_files_properties(${CMAKE_BINARY_DIR}/packaging/windows/odag-admin.rc
  DIRECTORY ${CMAKE_SOURCE_DIR}/src/app PROPERTIES OBJECT_DEPENDS ${ODAG_ICON_ICO})
add_dependencies(odag-admin odag_icons)

# windeployqt copies the Qt DLLs, plugins and the compiler runtime next to both programs.
# The SVG icon engine is a plugin the executables do not link, so windeployqt would skip
# it: --svg asks for the module and its plugins (DEPLOY_TOOL_OPTIONS is documented from
# Qt 6.8, the version CI uses).
set(_odag_deploy_options "")
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
  set(_odag_deploy_options "DEPLOY_TOOL_OPTIONS --svg")
else()
  message(WARNING "Qt ${Qt6_VERSION}: windeployqt cannot be asked for the SVG icon engine; icons may be missing.")
endif()
qt_generate_deploy_script(
  TARGET odag-admin
  OUTPUT_SCRIPT ODAG_DEPLOY_SCRIPT
  CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:odag-admin>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:odag-sandbox>\"
    GENERATE_QT_CONF
    ${_odag_deploy_options}
)")
install(SCRIPT ${ODAG_DEPLOY_SCRIPT})
# windeployqt copies only Qt's own DLLs: qtkeychain, built from source, comes along here.
find_package(Qt6Keychain CONFIG QUIET)
if(TARGET qt6keychain)
  install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "ODAG Admin ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "ODAG Admin")
set(CPACK_NSIS_MUI_ICON "${ODAG_ICON_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${ODAG_ICON_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\odag-admin.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "maintainers@odag-admin.org")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The "Install Options" page: add bin\ to PATH (for the command line and odag-sandbox)
# and create the desktop shortcut, both as the user chooses.
set(CPACK_NSIS_MODIFY_PATH ON)
# CPACK_PACKAGE_EXECUTABLES (Packaging.cmake) makes the Start-menu shortcut; this the
# desktop one. The uninstaller removes both.
set(CPACK_CREATE_DESKTOP_LINKS "odag-admin")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "odag-admin.exe")
