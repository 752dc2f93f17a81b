# What a Linux desktop needs besides the binaries: the .desktop entry, AppStream
# metainfo, hicolor icons (scalable SVG and rendered PNGs), the man pages and the
# copyright file. Paths follow the FHS under CMAKE_INSTALL_PREFIX (/usr in DEB and RPM).
configure_file(${CMAKE_CURRENT_LIST_DIR}/${ODAG_APP_ID}.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/packaging/linux/${ODAG_APP_ID}.metainfo.xml @ONLY)
set(ODAG_METAINFO_FILE "${CMAKE_BINARY_DIR}/packaging/linux/${ODAG_APP_ID}.metainfo.xml")
set(ODAG_DESKTOP_FILE "${CMAKE_CURRENT_LIST_DIR}/${ODAG_APP_ID}.desktop")

install(FILES ${ODAG_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ODAG_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ODAG_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${ODAG_APP_ID}.svg)
foreach(size IN LISTS ODAG_ICON_PNG_SIZES)
  install(FILES ${ODAG_ICON_DIR}/hicolor/${size}x${size}/apps/odag-admin.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${ODAG_APP_ID}.png)
endforeach()
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/odag-admin RENAME copyright)

# Man pages, written by hand in roff and installed gzip-compressed (Debian policy).
find_program(ODAG_GZIP gzip REQUIRED)
set(_odag_man_outputs "")
foreach(page IN ITEMS odag-admin.1 odag-sandbox.1)
  set(out "${CMAKE_BINARY_DIR}/packaging/linux/${page}.gz")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${ODAG_GZIP} -9 -n -c ${CMAKE_CURRENT_LIST_DIR}/${page} > ${out}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/${page}
    COMMENT "Compressing the man page ${page}")
  list(APPEND _odag_man_outputs ${out})
endforeach()
add_custom_target(odag_manpages ALL DEPENDS ${_odag_man_outputs})
install(FILES ${_odag_man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
