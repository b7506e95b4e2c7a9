# Build-time assets: fonts subset from Debian's packages with pyftsubset (Latin, Latin Extended and
# punctuation for Inter; exactly the icons named in ui/icons.h for Fork Awesome), and the GLSL in
# shaders/ embedded into the gfx library so both builds share one copy of every shader.
find_program(PORTFOLIO_PYFTSUBSET pyftsubset REQUIRED)
set(PORTFOLIO_INTER_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Folder with Inter-*.otf (fonts-inter)")
set(PORTFOLIO_ICON_FONT "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf" CACHE FILEPATH
    "Fork Awesome TTF (fonts-fork-awesome)")
set(PORTFOLIO_ASSET_DIR "${CMAKE_BINARY_DIR}/assets" CACHE INTERNAL "Build-time assets (subset fonts)")

# The web's first frame carries Basic Latin, the few signs the interface itself draws (· © – — ‘ ’ “ ” •
# … ← → −) and every character the bundled profile uses (--text-file), so the bundled profile renders at
# once. Everything else Inter has (the rest of Latin-1, Latin Extended, Greek, Cyrillic, Vietnamese,
# punctuation, arrows, maths) comes as slices fetched only when a profile or a search needs them
# (core/font_faces.h, src/font_slices.py): they were 27 KB gzip of the first frame. The desktop, where
# bytes do not matter, keeps all of them in its subset.
set(text_unicodes "U+0020-007E,U+00A0,U+00A9,U+00B7,U+2013-2014,U+2018-201D,U+2022,U+2026,U+2190-2193,U+2212")
if(NOT EMSCRIPTEN)
  string(APPEND text_unicodes ",U+00A1-00FF,U+0100-036F,U+0370-03FF,U+0400-052F,U+1E00-1FFF,U+2000-206F,U+2070-20CF,U+2100-218F,U+2194-22FF")
endif()
set(subset_flags --no-hinting --desubroutinize --layout-features= --name-IDs= --notdef-outline)

# The subset's outlines are then rewritten as TrueType quadratics (src/ttf_outlines.py): stb_truetype draws
# those without interpreting CFF charstrings, which was most of the web's atlas build at start-up.
# fontTools is a library of the Python pyftsubset runs on (Debian's), not necessarily of the first python3.
get_filename_component(fonttools_bin ${PORTFOLIO_PYFTSUBSET} DIRECTORY)
find_program(PORTFOLIO_FONTTOOLS_PYTHON NAMES python3 HINTS ${fonttools_bin} NO_DEFAULT_PATH REQUIRED)
set(font_outputs)
foreach(face Regular Italic SemiBold Bold)
  set(cff "${CMAKE_CURRENT_BINARY_DIR}/font_subsets/Inter-${face}.otf")
  set(out "${PORTFOLIO_ASSET_DIR}/fonts/Inter-${face}.ttf")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PORTFOLIO_ASSET_DIR}/fonts ${CMAKE_CURRENT_BINARY_DIR}/font_subsets
    COMMAND ${PORTFOLIO_PYFTSUBSET} ${PORTFOLIO_INTER_DIR}/Inter-${face}.otf --unicodes=${text_unicodes}
            --text-file=${PROJECT_SOURCE_DIR}/data/profile.json ${subset_flags} --output-file=${cff}
    COMMAND ${PORTFOLIO_FONTTOOLS_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/ttf_outlines.py ${cff} ${out}
    DEPENDS ${PORTFOLIO_INTER_DIR}/Inter-${face}.otf ${PROJECT_SOURCE_DIR}/data/profile.json ${CMAKE_CURRENT_SOURCE_DIR}/ttf_outlines.py
    COMMENT "Subsetting Inter ${face} (TrueType outlines)" VERBATIM)
  list(APPEND font_outputs ${out})
endforeach()

# The code points are read when CMake configures: a new icon in ui/icons.h must configure again, or the
# subset is rebuilt with the old list (and the new icon draws as '?').
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h)
file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h icon_lines REGEX "Fork Awesome U\\+F[0-9A-F]+")
set(icon_unicodes)
foreach(line ${icon_lines})
  string(REGEX MATCH "Fork Awesome U\\+F[0-9A-F]+" cp "${line}")
  string(REPLACE "Fork Awesome " "" cp "${cp}")
  list(APPEND icon_unicodes ${cp})
endforeach()
list(JOIN icon_unicodes "," icon_unicodes)
set(icon_subset "${CMAKE_CURRENT_BINARY_DIR}/font_subsets/icons.ttf")
set(icon_out "${PORTFOLIO_ASSET_DIR}/fonts/icons.ttf")
add_custom_command(OUTPUT ${icon_out}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PORTFOLIO_ASSET_DIR}/fonts ${CMAKE_CURRENT_BINARY_DIR}/font_subsets
  COMMAND ${PORTFOLIO_PYFTSUBSET} ${PORTFOLIO_ICON_FONT} --unicodes=${icon_unicodes} ${subset_flags} --output-file=${icon_subset}
  COMMAND ${PORTFOLIO_FONTTOOLS_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/remap_icons.py ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h ${icon_subset} ${icon_out}
  DEPENDS ${PORTFOLIO_ICON_FONT} ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h ${CMAKE_CURRENT_SOURCE_DIR}/remap_icons.py
  COMMENT "Subsetting Fork Awesome to the icons in ui/icons.h, at their code points there" VERBATIM)
list(APPEND font_outputs ${icon_out})
add_custom_target(portfolio_assets DEPENDS ${font_outputs})

# Shaders: shaders/*.glsl -> a generated .cpp with one string per file, linked into portfolio_gfx.
file(GLOB shader_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/shaders/*.glsl)
set(shader_cpp "${CMAKE_BINARY_DIR}/generated/shader_sources.cpp")
add_custom_command(OUTPUT ${shader_cpp}
  COMMAND ${CMAKE_COMMAND} -DOUT=${shader_cpp} "-DFILES=${shader_files}" -P ${CMAKE_CURRENT_SOURCE_DIR}/gfx/embed_shaders.cmake
  DEPENDS ${shader_files} ${CMAKE_CURRENT_SOURCE_DIR}/gfx/embed_shaders.cmake
  COMMENT "Embedding shaders" VERBATIM)
target_sources(portfolio_gfx PRIVATE ${shader_cpp})
