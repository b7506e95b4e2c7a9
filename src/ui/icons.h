// Fork Awesome icons used by the UI, as UTF-8 strings. The build subsets the icon font to exactly
// the code points named here (src/assets.cmake reads the "U+F..." comments), so keep them in step.
#pragma once

#define ICON_BOOK "\xef\x80\xad"            // U+F02D
#define ICON_BRIEFCASE "\xef\x82\xb1"       // U+F0B1
#define ICON_CALENDAR "\xef\x81\xb3"        // U+F073
#define ICON_CERTIFICATE "\xef\x82\xa3"     // U+F0A3
#define ICON_CHECK "\xef\x80\x8c"           // U+F00C
#define ICON_CLOCK "\xef\x80\x97"           // U+F017
#define ICON_CODE "\xef\x84\xa1"            // U+F121
#define ICON_COMMENTS "\xef\x82\x86"        // U+F086
#define ICON_COPY "\xef\x83\x85"            // U+F0C5
#define ICON_CUBES "\xef\x86\xb3"           // U+F1B3
#define ICON_DOWNLOAD "\xef\x80\x99"        // U+F019
#define ICON_ENVELOPE "\xef\x83\xa0"        // U+F0E0
#define ICON_EXCLAMATION "\xef\x81\xb1"     // U+F071
#define ICON_EXTERNAL_LINK "\xef\x82\x8e"   // U+F08E
#define ICON_FILE_PDF "\xef\x87\x81"        // U+F1C1
#define ICON_FILE_TEXT "\xef\x83\xb6"       // U+F0F6
#define ICON_FOLDER_OPEN "\xef\x81\xbc"     // U+F07C
#define ICON_GITHUB "\xef\x82\x9b"          // U+F09B
#define ICON_GLOBE "\xef\x82\xac"           // U+F0AC
#define ICON_GRADUATION_CAP "\xef\x86\x9d"  // U+F19D
#define ICON_HEART "\xef\x80\x84"           // U+F004
#define ICON_INFO "\xef\x81\x9a"            // U+F05A
#define ICON_LANGUAGE "\xef\x86\xab"        // U+F1AB
#define ICON_LINK "\xef\x83\x81"            // U+F0C1
#define ICON_MAP_MARKER "\xef\x81\x81"      // U+F041
#define ICON_MOON "\xef\x86\x86"            // U+F186
#define ICON_NEWSPAPER "\xef\x87\xaa"       // U+F1EA
#define ICON_PAPER_PLANE "\xef\x87\x98"     // U+F1D8
#define ICON_PHONE "\xef\x82\x95"          // U+F095
#define ICON_QUOTE_LEFT "\xef\x84\x8d"      // U+F10D
#define ICON_ROCKET "\xef\x84\xb5"          // U+F135
#define ICON_SEARCH "\xef\x80\x82"          // U+F002
#define ICON_STAR "\xef\x80\x85"            // U+F005
#define ICON_TIMES "\xef\x80\x8d"           // U+F00D
#define ICON_TROPHY "\xef\x82\x91"          // U+F091
#define ICON_TWITTER "\xef\x82\x99"         // U+F099
#define ICON_UNIVERSITY "\xef\x86\x9c"      // U+F19C
#define ICON_UNDO "\xef\x83\xa2"            // U+F0E2
#define ICON_USER "\xef\x80\x87"            // U+F007
#define ICON_USERS "\xef\x83\x80"           // U+F0C0
