// The profile's inline markup: **bold**, *italic*, [text](url) and backslash escapes. No HTML, ever.
#include "core/markup.h"

#include "core/links.h"

namespace portfolio {
namespace {

struct Style {
    bool bold = false;
    bool italic = false;
    std::string url;
};

void Append(std::vector<Span>& out, std::string_view text, const Style& style) {
    if (text.empty()) return;
    if (!out.empty() && out.back().bold == style.bold && out.back().italic == style.italic && out.back().url == style.url) {
        out.back().text.append(text);
        return;
    }
    out.push_back(Span{std::string(text), style.bold, style.italic, style.url});
}

// Finds the closing marker for an emphasis run that opens at `from`; a closer must follow a non-space.
std::size_t FindCloser(std::string_view s, std::size_t from, std::string_view marker) {
    for (std::size_t i = from; i + marker.size() <= s.size(); ++i) {
        if (s[i] == '\\') { ++i; continue; }
        // Inside *italic*, a **bold** run is skipped whole so that *a **b** c* nests correctly.
        if (marker == "*" && s.compare(i, 2, "**") == 0) {
            const std::size_t inner = FindCloser(s, i + 2, "**");
            i = inner == std::string_view::npos ? i + 1 : inner + 1;
            continue;
        }
        if (s.compare(i, marker.size(), marker) == 0 && i > from && s[i - 1] != ' ') return i;
    }
    return std::string_view::npos;
}

// [text](url): returns the index after ')' and fills text/url, or npos when it is not a well-formed link.
std::size_t MatchLink(std::string_view s, std::size_t open, std::string_view& text, std::string_view& url) {
    int depth = 0;
    std::size_t close = std::string_view::npos;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') { ++i; continue; }
        if (s[i] == '[') ++depth;
        else if (s[i] == ']' && --depth == 0) { close = i; break; }
    }
    if (close == std::string_view::npos || close + 1 >= s.size() || s[close + 1] != '(') return std::string_view::npos;
    int parens = 0;
    for (std::size_t i = close + 1; i < s.size(); ++i) {
        if (s[i] == '(') ++parens;
        else if (s[i] == ')' && --parens == 0) {
            text = s.substr(open + 1, close - open - 1);
            url = s.substr(close + 2, i - close - 2);
            return i + 1;
        }
        else if (s[i] == '\n') return std::string_view::npos;
    }
    return std::string_view::npos;
}

void Parse(std::string_view s, const Style& style, std::vector<Span>& out, int depth, std::vector<RefusedLink>* refused) {
    std::size_t plain_start = 0;
    auto flush = [&](std::size_t end) {
        // Remove escaping backslashes from the plain run.
        std::string text;
        for (std::size_t k = plain_start; k < end; ++k) {
            if (s[k] == '\\' && k + 1 < end && std::string_view("\\*[]()_`").find(s[k + 1]) != std::string_view::npos) ++k;
            text += s[k];
        }
        Append(out, text, style);
    };
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\\') { i += 2; continue; }
        if (depth < 8 && c == '*') {
            const bool strong = i + 1 < s.size() && s[i + 1] == '*';
            const std::string_view marker = strong ? "**" : "*";
            const std::size_t body = i + marker.size();
            const std::size_t closer = (body < s.size() && s[body] != ' ') ? FindCloser(s, body, marker) : std::string_view::npos;
            if (closer != std::string_view::npos) {
                flush(i);
                Style inner = style;
                (strong ? inner.bold : inner.italic) = true;
                Parse(s.substr(body, closer - body), inner, out, depth + 1, refused);
                i = closer + marker.size();
                plain_start = i;
                continue;
            }
        }
        if (depth < 8 && c == '[' && style.url.empty()) {
            std::string_view text, url;
            const std::size_t end = MatchLink(s, i, text, url);
            if (end != std::string_view::npos) {
                flush(i);
                Style inner = style;
                const CheckedUrl checked = CheckUrl(url);
                inner.url = checked.ok() ? checked.url : std::string();
                if (refused && !checked.ok() && checked.verdict != UrlVerdict::Empty) refused->push_back(RefusedLink{std::string(url), checked});
                Parse(text, inner, out, depth + 1, refused);
                i = end;
                plain_start = i;
                continue;
            }
        }
        ++i;
    }
    flush(s.size());
}

}  // namespace

std::vector<Span> ParseMarkup(std::string_view text) {
    std::vector<Span> out;
    Parse(text, Style{}, out, 0, nullptr);
    return out;
}

std::vector<RefusedLink> RefusedLinks(std::string_view markup) {
    std::vector<Span> spans;
    std::vector<RefusedLink> refused;
    Parse(markup, Style{}, spans, 0, &refused);
    return refused;
}

std::string PlainText(std::string_view markup) {
    std::string out;
    for (const Span& span : ParseMarkup(markup)) out += span.text;
    return out;
}

}  // namespace portfolio
