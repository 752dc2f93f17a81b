# macOS: the application bundle (Info.plist from the CMake version, the icon),
# macdeployqt into the installed bundle, and a DragNDrop DMG. Built by CI (macos-latest,
# Qt >= 6.5 from the Qt installer); it cannot be exercised on the Debian machine.
if(Qt6_VERSION VERSION_LESS 6.5)
  message(WARNING "The macOS DMG needs Qt 6.5 or later (qt_generate_deploy_script); found ${Qt6_VERSION}.")
  return()
endif()

# Info.plist's LSMinimumSystemVersion: the deployment target, or what Qt 6.8 needs.
set(ODAG_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
if(NOT ODAG_MACOS_MINIMUM)
  set(ODAG_MACOS_MINIMUM "12.0")
endif()

# Two passes: @-variables here (the target's directory cannot see this scope), then
# CMake's own ${MACOSX_BUNDLE_*} substitution when it writes the bundle.
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${CMAKE_BINARY_DIR}/packaging/macos/Info.plist.in @ONLY)

# CFBundleIdentifier allows letters, digits, '-' and '.': the AppStream id's '_' becomes '-'.
set_target_properties(odag-admin PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_BINARY_DIR}/packaging/macos/Info.plist.in"
  MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.odag-admin.OdagAdmin"
  MACOSX_BUNDLE_BUNDLE_NAME "ODAG Admin"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_ICON_FILE "odag-admin.icns"
  MACOSX_BUNDLE_COPYRIGHT "GNU General Public License v3 or later")
# The icon renders at build time; it is installed into the bundle, from which the DMG is made.
add_dependencies(odag-admin odag_icons)
install(FILES ${ODAG_ICON_ICNS} DESTINATION odag-admin.app/Contents/Resources)

# The SVG icon engine is a plugin: macdeployqt deploys it only when the executable links
# QtSvg, so it does (Apple's linker keeps the framework even though no symbol is used).
find_package(Qt6 REQUIRED COMPONENTS Svg)
target_link_libraries(odag-admin PRIVATE Qt6::Svg)

# macdeployqt copies the Qt frameworks, plugins and other libraries into the bundle;
# odag-sandbox lives in Contents/MacOS (see src/app/sandbox.cmake) and shares them.
qt_generate_deploy_script(
  TARGET odag-admin
  OUTPUT_SCRIPT ODAG_DEPLOY_SCRIPT
  CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:odag-admin>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:odag-admin>.app/Contents/MacOS/$<TARGET_FILE_NAME:odag-sandbox>\"
    GENERATE_QT_CONF
)")
install(SCRIPT ${ODAG_DEPLOY_SCRIPT})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "ODAG Admin ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# No click-through licence agreement (it needs the deprecated Rez tool); LICENSE is in the repo.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
set(CPACK_SYSTEM_NAME "macOS")
