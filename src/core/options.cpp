// The desktop program's command line, parsed without side effects so it can be tested.
#include "core/options.h"

#include <charconv>

namespace portfolio {
namespace {

bool ParseInt(const std::string& s, long& out) {
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

ParsedOptions ParseCommandLine(const std::vector<std::string>& args) {
    ParsedOptions result;
    Options& o = result.options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string value;
        bool has_inline_value = false;
        if (const std::size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            has_inline_value = true;
        }
        auto take_value = [&]() -> bool {
            if (has_inline_value) return true;
            if (i + 1 >= args.size()) {
                result.error = arg + " needs a value";
                return false;
            }
            value = args[++i];
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            o.help = true;
        } else if (arg == "--profile") {
            if (!take_value()) return result;
            o.profile = value;
        } else if (arg == "--theme") {
            if (!take_value()) return result;
            if (value != "light" && value != "dark" && value != "auto") {
                result.error = "--theme takes light, dark or auto, not \"" + value + "\"";
                return result;
            }
            o.theme = value;
        } else if (arg == "--state") {
            if (!take_value()) return result;
            if (value.empty()) {
                result.error = "--state takes a view and filters such as \"/publications?topic=video\", not an empty text";
                return result;
            }
            o.state = value;
        } else if (arg == "--screenshot") {
            if (!take_value()) return result;
            o.screenshot = value;
        } else if (arg == "--size") {
            if (!take_value()) return result;
            const std::size_t x = value.find('x');
            long w = 0, h = 0;
            if (x == std::string::npos || !ParseInt(value.substr(0, x), w) || !ParseInt(value.substr(x + 1), h) || w < 200 ||
                h < 200 || w > 8192 || h > 8192) {
                result.error = "--size takes WIDTHxHEIGHT between 200 and 8192, not \"" + value + "\"";
                return result;
            }
            o.width = static_cast<int>(w);
            o.height = static_cast<int>(h);
            o.size_given = true;
        } else if (arg == "--frames") {
            if (!take_value()) return result;
            if (!ParseInt(value, o.frames) || o.frames < 1) {
                result.error = "--frames takes a positive number, not \"" + value + "\"";
                return result;
            }
        } else if (arg == "--export-html" || arg == "--site-url" || arg == "--shell") {
            if (!take_value()) return result;
            if (value.empty()) {
                result.error = arg + " needs a value, not an empty text";
                return result;
            }
            (arg == "--export-html" ? o.export_html : arg == "--site-url" ? o.site_url : o.export_shell) = value;
        } else {
            result.error = "unknown option \"" + arg + "\"";
            return result;
        }
    }
    if ((!o.site_url.empty() || !o.export_shell.empty()) && o.export_html.empty())
        result.error = (!o.site_url.empty() ? "--site-url" : "--shell") + std::string(" is an option of --export-html DIR");
    return result;
}

std::string Usage(const std::string& program, const std::string& default_profile) {
    return "Usage: " + program + " [options]\n"
           "Shows a researcher's portfolio from a JSON profile.\n\n"
           "  --profile FILE       profile to show (default: " + default_profile + ")\n"
           "  --theme MODE         light, dark or auto (default: auto)\n"
           "  --state TEXT         view and filters to open, e.g. \"/publications?topic=video&q=attention\"\n"
           "  --size WxH           window size in logical pixels (default: the size and position of the\n"
           "                       last run, else 1280x860); a given size is not remembered\n"
           "  --frames N           quit after N frames (for tests)\n"
           "  --screenshot FILE    render until the page has settled, save a PNG, and quit\n"
           "                       (with --size WxH: the image is WxH times the screen's scale)\n"
           "  --export-html DIR    write the portfolio as static HTML into DIR and quit: index.html,\n"
           "                       one page per publication (pub/*.html, with Google Scholar tags),\n"
           "                       twin.css, robots.txt and, with a site URL, sitemap.xml\n"
           "  --site-url URL       where that HTML is published (default: the profile's basics.url)\n"
           "  --help               show this help\n\n"
           "The profile is reloaded when its file (or the .bib it names) changes; a profile JSON dropped on\n"
           "the window is opened and watched instead, and a dropped .bib shows its publications over the\n"
           "profile on screen (watched too). An edit that is not valid JSON keeps the last good profile on screen and\n"
           "shows the problems. Window size and position are kept in the user's config folder (Linux:\n"
           "$XDG_CONFIG_HOME or ~/.config, macOS: ~/Library/Application Support, Windows: %APPDATA%),\n"
           "in portfolio/window.json.\n\n"
           "Exit codes: 0 success, 1 runtime failure (no window or GL context), 2 bad command line.\n";
}

}  // namespace portfolio
