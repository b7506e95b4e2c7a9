# Build-time assets: fonts subset from Debian's packages with pyftsubset (Latin, Latin Extended and
# punctuation for Inter; exactly the icons named in ui/icons.h for Fork Awesome), and the GLSL in
# shaders/ embedded into the gfx library so both builds share one copy of every shader.
find_program(PORTFOLIO_PYFTSUBSET pyftsubset REQUIRED)
set(PORTFOLIO_INTER_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Folder with Inter-*.otf (fonts-inter)")
set(PORTFOLIO_ICON_FONT "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf" CACHE FILEPATH
    "Fork Awesome TTF (fonts-fork-awesome)")
set(PORTFOLIO_ASSET_DIR "${CMAKE_BINARY_DIR}/assets" CACHE INTERNAL "Build-time assets (subset fonts)")

# Latin, Latin-1 and Latin Extended-A in full. Of Latin Extended-B the web build keeps the letters of
# living European languages and Pinyin (Croatian digraphs, Pinyin tones, Romanian comma letters,
# Azerbaijani schwa, Nordic/Sami forms): the rest (African and historical letters) would add 36 KB gzip
# to the first frame. Every character the bundled profile uses is added on top (--text-file), so the
# profile always renders. The desktop build, where bytes do not matter, keeps Extended-B in full.
set(text_unicodes "U+0020-007E,U+00A0-017F,U+02C6-02DD,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2248,U+2264-2265")
if(EMSCRIPTEN)
  string(APPEND text_unicodes ",U+018F,U+01C4-01DC,U+01E6-01E7,U+01EA-01EB,U+01F4-01F5,U+01FA-01FF,U+0218-021B,U+0259")
else()
  string(APPEND text_unicodes ",U+0180-024F")
endif()
set(subset_flags --no-hinting --desubroutinize --layout-features= --name-IDs= --notdef-outline)

set(font_outputs)
foreach(face Regular Italic SemiBold Bold)
  set(out "${PORTFOLIO_ASSET_DIR}/fonts/Inter-${face}.otf")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PORTFOLIO_ASSET_DIR}/fonts
    COMMAND ${PORTFOLIO_PYFTSUBSET} ${PORTFOLIO_INTER_DIR}/Inter-${face}.otf --unicodes=${text_unicodes}
            --text-file=${PROJECT_SOURCE_DIR}/data/profile.json ${subset_flags} --output-file=${out}
    DEPENDS ${PORTFOLIO_INTER_DIR}/Inter-${face}.otf ${PROJECT_SOURCE_DIR}/data/profile.json
    COMMENT "Subsetting Inter ${face}" VERBATIM)
  list(APPEND font_outputs ${out})
endforeach()

# The code points are read when CMake configures: a new icon in ui/icons.h must configure again, or the
# subset is rebuilt with the old list (and the new icon draws as '?').
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h)
file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h icon_lines REGEX "U\\+F[0-9A-F]+")
set(icon_unicodes)
foreach(line ${icon_lines})
  string(REGEX MATCH "U\\+F[0-9A-F]+" cp "${line}")
  list(APPEND icon_unicodes ${cp})
endforeach()
list(JOIN icon_unicodes "," icon_unicodes)
set(icon_out "${PORTFOLIO_ASSET_DIR}/fonts/icons.ttf")
add_custom_command(OUTPUT ${icon_out}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PORTFOLIO_ASSET_DIR}/fonts
  COMMAND ${PORTFOLIO_PYFTSUBSET} ${PORTFOLIO_ICON_FONT} --unicodes=${icon_unicodes} ${subset_flags} --output-file=${icon_out}
  DEPENDS ${PORTFOLIO_ICON_FONT} ${CMAKE_CURRENT_SOURCE_DIR}/ui/icons.h
  COMMENT "Subsetting Fork Awesome to the icons in ui/icons.h" VERBATIM)
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
