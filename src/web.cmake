# Web link step: a plain (non-modular) Emscripten script loaded by the shell in web/, with the
# profile and the subset fonts preloaded into one .data file, and the shell copied next to it.
set(site "${CMAKE_BINARY_DIR}/site")
set_target_properties(portfolio PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${site})
# Flags shared with the baseline hello page (tests/web/hello), so size and speed compare like for like.
set(PORTFOLIO_WEB_LINK_FLAGS
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  $<$<CONFIG:MinSizeRel>:-Os> CACHE INTERNAL "")
target_link_options(portfolio PRIVATE ${PORTFOLIO_WEB_LINK_FLAGS}
  -sFILESYSTEM=1 -sEXPORTED_FUNCTIONS=_main,_portfolio_state_json,_portfolio_on_hashchange,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sTOTAL_STACK=1048576 -sABORTING_MALLOC=0
  "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/data/profile.json@/data/profile.json"
  "SHELL:--preload-file ${PORTFOLIO_ASSET_DIR}/fonts@/assets/fonts")
target_compile_definitions(portfolio PRIVATE PORTFOLIO_ASSET_DIR="/assets" PORTFOLIO_SOURCE_DATA_DIR="/data")
set_property(TARGET portfolio APPEND PROPERTY LINK_DEPENDS ${PROJECT_SOURCE_DIR}/data/profile.json)

file(GLOB shell_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/*.html ${PROJECT_SOURCE_DIR}/web/*.css ${PROJECT_SOURCE_DIR}/web/*.js ${PROJECT_SOURCE_DIR}/web/*.svg)
add_custom_command(TARGET portfolio POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${shell_files} ${site}
  COMMENT "Copying the page shell from web/")
