// The links of an exported page, for the export test and the profile fuzzer: every href attribute of the
// HTML's tags (text, other attributes' values and the JSON-LD scripts' data are skipped), and whether it
// points only where an exported page may: http, https, mailto, or the site's own files.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace portfolio::test {

// A small tag scanner, exact for the exporter's output (text escapes '<', attribute values '"'): the
// href attributes of every tag, read as attributes (so "Ka href=" as a meta tag's content is not one).
inline std::vector<std::string_view> HrefsOutsideScripts(std::string_view html) {
    std::vector<std::string_view> hrefs;
    auto is_name = [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '=' && c != '>' && c != '/' && c != '"'; };
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
        std::size_t j = i + 1, name_start = j;
        while (j < html.size() && is_name(html[j])) ++j;
        const std::string_view tag = html.substr(name_start, j - name_start);
        while (j < html.size() && html[j] != '>') {  // attributes: name, name="value" or name=value
            if (!is_name(html[j])) { ++j; continue; }
            const std::size_t a = j;
            while (j < html.size() && is_name(html[j])) ++j;
            const std::string_view attr = html.substr(a, j - a);
            if (j >= html.size() || html[j] != '=') continue;
            ++j;
            std::size_t v = j, v_end;
            if (j < html.size() && html[j] == '"') {
                v = ++j;
                v_end = std::min(html.find('"', j), html.size());
                j = v_end + 1;
            } else {
                while (j < html.size() && html[j] != ' ' && html[j] != '>') ++j;
                v_end = j;
            }
            if (attr == "href") hrefs.push_back(html.substr(v, v_end - v));
        }
        i = j;
        if (tag == "script") {  // raw text up to its end tag: data, not markup
            const std::size_t end = html.find("</script>", i);
            if (end == std::string_view::npos) break;
            i = end + 1;
        }
    }
    return hrefs;
}

inline bool AllowedHref(std::string_view href) {
    for (std::string_view prefix : {"https://", "http://", "mailto:", "pub/", "../", "twin.css", "favicon.svg"})
        if (href.starts_with(prefix)) return true;
    return false;
}

}  // namespace portfolio::test
