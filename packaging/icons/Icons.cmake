# The application icon in every raster form, rendered from resources/icons/odag-admin.svg
# at build time by odag-render-icons (QtSvg): hicolor PNGs for Linux, .ico for Windows,
# .icns for macOS. Outputs land in ${ODAG_ICON_DIR}.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Svg)

add_executable(odag-render-icons ${CMAKE_CURRENT_LIST_DIR}/RenderIcons.cpp)
target_link_libraries(odag-render-icons PRIVATE Qt6::Gui Qt6::Svg odag::options)

set(ODAG_ICON_SVG "${CMAKE_SOURCE_DIR}/resources/icons/odag-admin.svg")
set(ODAG_ICON_DIR "${CMAKE_BINARY_DIR}/packaging/icons")
set(ODAG_ICON_PNG_SIZES 16 22 24 32 48 64 128 256 512)
set(ODAG_ICON_ICO "${ODAG_ICON_DIR}/odag-admin.ico")
set(ODAG_ICON_ICNS "${ODAG_ICON_DIR}/odag-admin.icns")

set(_odag_icon_outputs "${ODAG_ICON_ICO}" "${ODAG_ICON_ICNS}")
foreach(size IN LISTS ODAG_ICON_PNG_SIZES)
  list(APPEND _odag_icon_outputs "${ODAG_ICON_DIR}/hicolor/${size}x${size}/apps/odag-admin.png")
endforeach()

add_custom_command(
  OUTPUT ${_odag_icon_outputs}
  COMMAND odag-render-icons "${ODAG_ICON_SVG}" "${ODAG_ICON_DIR}" odag-admin
  DEPENDS odag-render-icons "${ODAG_ICON_SVG}"
  COMMENT "Rendering the application icon (PNG, ICO, ICNS)"
  VERBATIM)
add_custom_target(odag_icons ALL DEPENDS ${_odag_icon_outputs})
