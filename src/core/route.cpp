// The one text form of what the visitor is looking at, used as the URL hash and as --state.
#include "core/route.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/dates.h"
#include "core/text.h"

namespace portfolio {
namespace {

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "2024-03" or "2024" -> MonthKey; 0 when malformed.
int ParseMonth(std::string_view text) {
    const auto d = ParseDate(text);
    return d ? MonthKey(*d) : 0;
}

std::string FormatMonth(int key) {
    const Date d = DateOfMonthKey(key);
    const int m = d.month;
    return std::to_string(d.year) + "-" + (m < 10 ? "0" : "") + std::to_string(m);
}

}  // namespace

bool IsSectionSlug(std::string_view text) {
    if (text.empty() || text.size() > 40) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string PercentEncodeComponent(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string PercentDecode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() + 0 && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
            i += 2;
        } else if (text[i] == '+') {
            out += ' ';
        } else {
            out += text[i];
        }
    }
    // Decoded bytes that are not UTF-8 would break the UI's text: drop the value's bad bytes.
    return IsValidUtf8(out) ? out : EscapeInvalidUtf8(out);
}

Route ParseRoute(std::string_view text) {
    Route route;
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    const std::size_t q = text.find('?');
    std::string_view path = text.substr(0, q);
    while (!path.empty() && path.front() == '/') path.remove_prefix(1);
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    if (IsSectionSlug(path) && path != "home") route.section = std::string(path);
    if (q == std::string_view::npos) return route;

    std::string_view params = text.substr(q + 1);
    while (!params.empty()) {
        const std::size_t amp = params.find('&');
        const std::string_view pair = params.substr(0, amp);
        params = amp == std::string_view::npos ? std::string_view() : params.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string key = PercentDecode(pair.substr(0, eq));
        const std::string_view raw = pair.substr(eq + 1);
        if (key == "q") {
            route.filter.query = std::string(Trim(TruncateUtf8(Trim(PercentDecode(raw)), 200)));  // (trimmed again: the cut may end in spaces)
        } else if (key == "sort") {
            const std::string v = PercentDecode(raw);
            if (v == "newest") route.filter.sort = SortOrder::Newest;
            else if (v == "oldest") route.filter.sort = SortOrder::Oldest;
            else if (v == "title") route.filter.sort = SortOrder::Title;
            else if (v == "topic") route.filter.sort = SortOrder::Topic;
        } else if (key == "from") {
            route.filter.from_month = ParseMonth(PercentDecode(raw));
        } else if (key == "to") {
            route.filter.to_month = ParseMonth(PercentDecode(raw));
        } else if (key == "pub") {
            route.selected = std::string(TruncateUtf8(PercentDecode(raw), 128));
        } else {
            for (std::size_t f = 0; f < kFacetCount; ++f) {
                if (key != FacetKey(static_cast<Facet>(f))) continue;
                // Values are comma separated; commas inside a value are percent-encoded.
                std::string_view list = raw;
                while (!list.empty() && route.filter.values[f].size() < 64) {
                    const std::size_t comma = list.find(',');
                    const std::string value = PercentDecode(list.substr(0, comma));
                    if (!Trim(value).empty() && value.size() <= 128) route.filter.values[f].insert(value);
                    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
                }
            }
        }
    }
    if (route.filter.from_month && route.filter.to_month && route.filter.from_month > route.filter.to_month)
        std::swap(route.filter.from_month, route.filter.to_month);
    return route;
}

std::string FormatRoute(const Route& route) {
    std::string params;
    auto add = [&](const char* key, const std::string& value) {
        params += (params.empty() ? "?" : "&");
        params += key;
        params += '=';
        params += value;
    };
    for (std::size_t f = 0; f < kFacetCount; ++f) {
        if (route.filter.values[f].empty()) continue;
        std::string joined;
        for (const std::string& v : route.filter.values[f]) joined += (joined.empty() ? "" : ",") + PercentEncodeComponent(v);
        add(FacetKey(static_cast<Facet>(f)), joined);
    }
    if (!route.filter.query.empty()) add("q", PercentEncodeComponent(route.filter.query));
    if (route.filter.from_month) add("from", FormatMonth(route.filter.from_month));
    if (route.filter.to_month) add("to", FormatMonth(route.filter.to_month));
    if (route.filter.sort != SortOrder::Newest) add("sort", SortKey(route.filter.sort));
    if (!route.selected.empty()) add("pub", PercentEncodeComponent(route.selected));
    // A filter always lives in the publications view.
    const std::string section = route.section.empty() && !params.empty() ? "publications" : route.section;
    return "/" + section + params;
}

}  // namespace portfolio
