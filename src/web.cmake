# Web link step: a plain (non-modular) Emscripten script loaded by the shell in web/, with the
# profile and the subset fonts bundled into one .data file, and the shell copied next to it.
set(site "${CMAKE_BINARY_DIR}/site")
find_program(PORTFOLIO_NODE NAMES node nodejs REQUIRED)
set_target_properties(portfolio PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${site})
# Flags shared with the baseline hello page (tests/web/hello), so size and speed compare like for like.
set(PORTFOLIO_WEB_LINK_FLAGS
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  $<$<CONFIG:MinSizeRel>:-Os> $<$<CONFIG:MinSizeRel>:-flto> -sMALLOC=emmalloc -sTEXTDECODER=2 -sSUPPORT_ERRNO=0 -sGL_TRACK_ERRORS=0
  # WebGL2 only, no extensions asked for, GL strings in WebGL's own form: less GL glue in the script.
  -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0 -sGL_POOL_TEMP_BUFFERS=0
  # wasm-opt inlines a function with one caller whatever its size (the view's Frame() was 38 KB of every
  # helper it calls once); V8 compiles each function the first time it runs, so code inlined on a path the
  # first frame does not take was compiled for nothing. Up to 150 of binaryen's size units: 9% less code
  # compiled before the first frame, and a 3.4 KB (gzip) smaller wasm.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=150 CACHE INTERNAL "")
# Whole-program optimisation (with -flto above) makes the wasm ~9 KB gzip smaller; emmalloc and the
# runtime options a few more. The baseline links the same LTO libraries.
foreach(lib imgui imgui_backend_opengl3 imgui_backend_glfw portfolio_core portfolio_files portfolio_ui portfolio_gfx portfolio_platform portfolio)
  target_compile_options(${lib} PRIVATE $<$<CONFIG:MinSizeRel>:-flto> -fno-rtti)
endforeach()
# The font atlas's builder and rasteriser (stb_truetype, in ui/glyph_atlas.cpp) and imgui_draw.cpp at
# -O2: they run at start-up, in V8's baseline code, where fewer instructions are time (font atlas
# 56 -> 50 ms, side by side; +1.7 KB gzip).
set_source_files_properties(${PORTFOLIO_IMGUI_DIR}/imgui_draw.cpp ${CMAKE_CURRENT_SOURCE_DIR}/ui/glyph_atlas.cpp
  PROPERTIES COMPILE_OPTIONS "$<$<CONFIG:MinSizeRel>:-O2>")
target_link_libraries(portfolio PRIVATE portfolio_files)
# No file system (-sFILESYSTEM=0): what the app reads comes in portfolio.data (below), which web/app.js
# fetches and hands over before main (portfolio_add_bundle, core/files.h). Emscripten's file system and
# its data-package loader were 12 KB of the script's gzip and about 12 ms of its start-up.
target_link_options(portfolio PRIVATE ${PORTFOLIO_WEB_LINK_FLAGS}
  -sFILESYSTEM=0 -sEXPORTED_FUNCTIONS=_main,_portfolio_add_bundle,_portfolio_state_json,_portfolio_on_hashchange,_portfolio_on_parent_message,_portfolio_touch,_portfolio_text_input,_portfolio_text_blurred,_portfolio_paste,_portfolio_media_changed,_portfolio_a11y_action,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,addRunDependency,removeRunDependency
  -sTOTAL_STACK=1048576 -sABORTING_MALLOC=0
  "SHELL:--js-library ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_library.js")
target_compile_definitions(portfolio PRIVATE PORTFOLIO_ASSET_DIR="/assets" PORTFOLIO_SOURCE_DATA_DIR="/data")
set_property(TARGET portfolio APPEND PROPERTY LINK_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/platform/web_library.js)
# portfolio.data: the whole data folder (the profile and any file it names), less the desktop-only files,
# and the five fonts the atlas is built from (scripts/bundle-data.mjs).
file(GLOB_RECURSE bundled_data CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/*)
set(bundled_fonts)
foreach(font Inter-Regular.ttf Inter-Italic.ttf Inter-SemiBold.ttf Inter-Bold.ttf icons.ttf)
  list(APPEND bundled_fonts ${PORTFOLIO_ASSET_DIR}/fonts/${font}@/assets/fonts/${font})
endforeach()
string(REGEX REPLACE "@[^;]*" "" bundled_font_files "${bundled_fonts}")
add_custom_command(OUTPUT ${site}/portfolio.data
  COMMAND ${PORTFOLIO_NODE} ${PROJECT_SOURCE_DIR}/scripts/bundle-data.mjs --out ${site}/portfolio.data
          --exclude .desktop --exclude .schema.json ${PROJECT_SOURCE_DIR}/data@/data ${bundled_fonts}
  DEPENDS ${bundled_data} ${bundled_font_files} portfolio_assets ${PROJECT_SOURCE_DIR}/scripts/bundle-data.mjs
  COMMENT "Bundling the profile and the fonts into portfolio.data" VERBATIM)

# The shell is copied whenever a file in web/ changes (not only when the app is linked again). Then every
# file is precompressed (.gz next to it) and the first frame's download is printed against the budget.
file(GLOB shell_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/*.html ${PROJECT_SOURCE_DIR}/web/*.css ${PROJECT_SOURCE_DIR}/web/*.js ${PROJECT_SOURCE_DIR}/web/*.svg)
# Written by the HTML export below, from the profile (the page's text, the icon's initials).
list(REMOVE_ITEM shell_files ${PROJECT_SOURCE_DIR}/web/index.html ${PROJECT_SOURCE_DIR}/web/favicon.svg)
set(site_shell)
foreach(file ${shell_files})
  get_filename_component(name ${file} NAME)
  list(APPEND site_shell ${site}/${name})
endforeach()
# Scripts and style sheets lose their comments and layout on the way (scripts/minify-shell.mjs, with
# Emscripten's acorn-optimizer): the shell's comments were a third of its download.
add_custom_command(OUTPUT ${site_shell}
  COMMAND ${PORTFOLIO_NODE} ${PROJECT_SOURCE_DIR}/scripts/minify-shell.mjs
          --optimizer ${EMSCRIPTEN_ROOT_PATH}/tools/acorn-optimizer.js --out ${site} ${shell_files}
  DEPENDS ${shell_files} ${PROJECT_SOURCE_DIR}/scripts/minify-shell.mjs
  COMMENT "Copying the page shell from web/, minified" VERBATIM)

# The text twin (core/html_export): index.html is web/index.html with the bundled profile as semantic HTML
# put in (title, meta tags, JSON-LD, every section), plus pub/*.html, robots.txt and sitemap.xml. Written by
# the export command compiled for Node, from the same core code as the app.
set(PORTFOLIO_SITE_URL "" CACHE STRING "Where the web build is published (canonical links, sitemap.xml); empty: the profile's basics.url")
add_executable(portfolio_export export_main.cpp)
target_link_libraries(portfolio_export PRIVATE portfolio_core portfolio_files_disk portfolio_warnings)
set_target_properties(portfolio_export PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)
target_compile_options(portfolio_export PRIVATE -fno-rtti)
# One file (the wasm inlined): Emscripten 3.1.6's loader would otherwise fetch() the wasm by path, which
# Node 18's fetch refuses.
target_link_options(portfolio_export PRIVATE -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sSINGLE_FILE=1
  $<$<CONFIG:MinSizeRel>:-flto>)
set(site_url_args)
if(PORTFOLIO_SITE_URL)
  set(site_url_args --site-url ${PORTFOLIO_SITE_URL})
endif()
set(twin_stamp ${CMAKE_BINARY_DIR}/twin.stamp)
add_custom_command(OUTPUT ${site}/index.html ${twin_stamp}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${site}/pub
  COMMAND ${PORTFOLIO_NODE} $<TARGET_FILE:portfolio_export> --profile ${PROJECT_SOURCE_DIR}/data/profile.json
          --shell ${PROJECT_SOURCE_DIR}/web/index.html --export-html ${site} ${site_url_args}
  COMMAND ${CMAKE_COMMAND} -E touch ${twin_stamp}
  DEPENDS portfolio_export ${bundled_data} ${PROJECT_SOURCE_DIR}/web/index.html ${PROJECT_SOURCE_DIR}/web/twin.css
  COMMENT "Writing the text twin into index.html, the publication pages and the sitemap" VERBATIM)
list(APPEND site_shell ${site}/index.html)
set(site_report "${CMAKE_BINARY_DIR}/site-size.txt")
add_custom_command(OUTPUT ${site_report}
  COMMAND ${PORTFOLIO_NODE} ${PROJECT_SOURCE_DIR}/scripts/site-size.mjs --site ${site} --budget-kb 400 --report ${site_report}
  DEPENDS portfolio ${site}/portfolio.data ${site_shell} ${PROJECT_SOURCE_DIR}/scripts/site-size.mjs
  COMMENT "Precompressing the site and measuring the first frame's download" VERBATIM)
add_custom_target(portfolio_site ALL DEPENDS ${site_report})

# Font slices (core/font_faces.h, src/font_slices.py): the fallback faces cut into files of 256 code
# points under site/fonts/, fetched only when a profile needs them (not part of the first frame).
find_program(PORTFOLIO_PYTHON NAMES python3 REQUIRED)
find_program(PORTFOLIO_HB_SUBSET hb-subset REQUIRED)  # Debian's libharfbuzz-bin
set(slice_stamps)
foreach(face_weight inter:r inter:i inter:s inter:b cjk-jp:r cjk-jp:b cjk-sc:r cjk-sc:b arabic:r arabic:b hebrew:r hebrew:b)
  string(REPLACE ":" ";" fw ${face_weight})
  list(GET fw 0 face)
  list(GET fw 1 weight)
  set(stamp "${CMAKE_BINARY_DIR}/slices/${face}-${weight}.stamp")
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${PORTFOLIO_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/font_slices.py --table ${CMAKE_CURRENT_SOURCE_DIR}/core/font_faces.cpp
            --inter-dir ${PORTFOLIO_INTER_DIR} --face ${face} --weight ${weight} --out ${site}/fonts --stamp ${stamp}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/font_slices.py ${CMAKE_CURRENT_SOURCE_DIR}/core/font_faces.cpp
    COMMENT "Cutting font slices: ${face} ${weight}" VERBATIM)
  list(APPEND slice_stamps ${stamp})
endforeach()
add_custom_target(portfolio_font_slices ALL DEPENDS ${slice_stamps})
