// What the app asks of the place it runs in (a browser page, a desktop window): plain functions, so
// the UI and its tests need no platform. platform::Services() fills them; a test sets what it watches.
// An unset function is a service the host does not have: the app then does without it.
#pragma once

#include <functional>
#include <string>

#include "core/timezone.h"

namespace portfolio {

struct SavedFile {
    bool ok = false;
    std::string where;  // the file's path, or where the browser puts downloads; if !ok, why it failed
};

struct HostServices {
    // Opens a link the caller has checked (http, https, mailto only) in a new tab or the system's browser.
    std::function<void(const std::string& url)> open_url;
    // Saves bytes for the visitor: a download on the web (folder unused); on the desktop the file
    // folder/name, where name is a plain file name.
    std::function<SavedFile(const std::string& folder, const std::string& name, const std::string& mime, const std::string& bytes)> save_file;
    ZoneOffsetFn zone_offset_minutes;              // an IANA zone's UTC offset at an instant (Intl / zone database)
    std::function<std::string()> local_time_zone;  // the visitor's IANA zone, "" when unknown
    // The web page's address: shows `route` as the URL hash; push adds a history entry, else the current
    // one is replaced.
    std::function<void(const std::string& route, bool push)> show_route;
    // Embedded in an iframe: posts a JSON object to the parent page (to its origin only).
    std::function<void(const std::string& json)> post_to_parent;
    // Remembers the visitor's theme choice ("light", "dark", "auto") for the next visit.
    std::function<void(const std::string& choice)> remember_theme;
    std::function<void(const std::string& title)> set_title;  // the window's title bar
    // Web: fetches a file served next to the page (a font slice: "fonts/cjk-sc-r-4E00.otf") and calls
    // done between frames with its bytes, or ok = false. Unset on the desktop, which reads its own files.
    std::function<void(const std::string& path, std::function<void(bool ok, std::string bytes)> done)> fetch;
    // Web: the browser's file chooser, for the visitor's own resume.json, profile JSON or .bib: the chosen
    // file is opened like a dropped one (Callbacks::file_opened). Unset on the desktop (files are dropped).
    std::function<void()> choose_file;
    // Shows the page's semantic items to assistive technology (the web page's accessible DOM layer): called
    // when they changed, with ui/a11y.h FormatNodes' text. Unset: the app does not collect them.
    std::function<void(const std::string& nodes)> show_semantics;
};

}  // namespace portfolio
