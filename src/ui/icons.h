// Fork Awesome icons used by the UI, as UTF-8 strings. The build subsets the icon font to exactly
// the icons named here and moves each to the code point its line gives (src/assets.cmake reads the
// comments "U+24xx = Fork Awesome U+Fxxx"; src/remap_icons.py), so keep them in step.
// Why moved: Fork Awesome's own code points (U+F000 up) made every font that carries icons keep
// 62,000-entry lookup tables, and filling them was a third of the web's atlas build. In Control
// Pictures (U+2400-U+243F), just above the text's highest character (U+2212), they cost little. The
// block is kept for the icons: text ranges leave it out (ui/fonts.cpp), so a profile's own U+24xx
// characters cannot take their place.
#pragma once

namespace portfolio::ui {
inline constexpr unsigned kIconFirst = 0x2400, kIconLast = 0x243F;
}  // namespace portfolio::ui

#define ICON_BOOK "\xe2\x90\x80"        // U+2400 = Fork Awesome U+F02D
#define ICON_BRIEFCASE "\xe2\x90\x81"   // U+2401 = Fork Awesome U+F0B1
#define ICON_CALENDAR "\xe2\x90\x82"    // U+2402 = Fork Awesome U+F073
#define ICON_CERTIFICATE "\xe2\x90\x83" // U+2403 = Fork Awesome U+F0A3
#define ICON_CHECK "\xe2\x90\x84"       // U+2404 = Fork Awesome U+F00C
#define ICON_CLOCK "\xe2\x90\x85"       // U+2405 = Fork Awesome U+F017
#define ICON_CODE "\xe2\x90\x86"        // U+2406 = Fork Awesome U+F121
#define ICON_COMMENTS "\xe2\x90\x87"    // U+2407 = Fork Awesome U+F086
#define ICON_COPY "\xe2\x90\x88"        // U+2408 = Fork Awesome U+F0C5
#define ICON_CUBES "\xe2\x90\x89"       // U+2409 = Fork Awesome U+F1B3
#define ICON_DOWNLOAD "\xe2\x90\x8a"    // U+240A = Fork Awesome U+F019
#define ICON_ENVELOPE "\xe2\x90\x8b"    // U+240B = Fork Awesome U+F0E0
#define ICON_EXCLAMATION "\xe2\x90\x8c" // U+240C = Fork Awesome U+F071
#define ICON_EXTERNAL_LINK "\xe2\x90\x8d"// U+240D = Fork Awesome U+F08E
#define ICON_FILE_PDF "\xe2\x90\x8e"    // U+240E = Fork Awesome U+F1C1
#define ICON_FILE_TEXT "\xe2\x90\x8f"   // U+240F = Fork Awesome U+F0F6
#define ICON_FOLDER_OPEN "\xe2\x90\x90" // U+2410 = Fork Awesome U+F07C
#define ICON_GITHUB "\xe2\x90\x91"      // U+2411 = Fork Awesome U+F09B
#define ICON_GLOBE "\xe2\x90\x92"       // U+2412 = Fork Awesome U+F0AC
#define ICON_GRADUATION_CAP "\xe2\x90\x93"// U+2413 = Fork Awesome U+F19D
#define ICON_HEART "\xe2\x90\x94"       // U+2414 = Fork Awesome U+F004
#define ICON_INFO "\xe2\x90\x95"        // U+2415 = Fork Awesome U+F05A
#define ICON_LANGUAGE "\xe2\x90\x96"    // U+2416 = Fork Awesome U+F1AB
#define ICON_LINK "\xe2\x90\x97"        // U+2417 = Fork Awesome U+F0C1
#define ICON_MAP_MARKER "\xe2\x90\x98"  // U+2418 = Fork Awesome U+F041
#define ICON_MOON "\xe2\x90\x99"        // U+2419 = Fork Awesome U+F186
#define ICON_NEWSPAPER "\xe2\x90\x9a"   // U+241A = Fork Awesome U+F1EA
#define ICON_PAPER_PLANE "\xe2\x90\x9b" // U+241B = Fork Awesome U+F1D8
#define ICON_PHONE "\xe2\x90\x9c"       // U+241C = Fork Awesome U+F095
#define ICON_QUOTE_LEFT "\xe2\x90\x9d"  // U+241D = Fork Awesome U+F10D
#define ICON_ROCKET "\xe2\x90\x9e"      // U+241E = Fork Awesome U+F135
#define ICON_SEARCH "\xe2\x90\x9f"      // U+241F = Fork Awesome U+F002
#define ICON_STAR "\xe2\x90\xa0"        // U+2420 = Fork Awesome U+F005
#define ICON_TIMES "\xe2\x90\xa1"       // U+2421 = Fork Awesome U+F00D
#define ICON_TROPHY "\xe2\x90\xa2"      // U+2422 = Fork Awesome U+F091
#define ICON_TWITTER "\xe2\x90\xa3"     // U+2423 = Fork Awesome U+F099
#define ICON_UNIVERSITY "\xe2\x90\xa4"  // U+2424 = Fork Awesome U+F19C
#define ICON_UNDO "\xe2\x90\xa5"        // U+2425 = Fork Awesome U+F0E2
#define ICON_USER "\xe2\x90\xa6"        // U+2426 = Fork Awesome U+F007
#define ICON_USERS "\xe2\x90\xa7"       // U+2427 = Fork Awesome U+F0C0
