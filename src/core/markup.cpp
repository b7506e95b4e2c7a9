// The profile's inline markup: **bold**, *italic*, [text](url), plain web addresses and backslash escapes.
// No HTML, ever.
#include "core/markup.h"

#include <algorithm>

#include "core/links.h"
#include "core/text.h"

namespace portfolio {
namespace {

struct Style {
    bool bold = false;
    bool italic = false;
    std::string url;
    bool link_text = false;  // inside [text](url): the owner chose the link, a refused one stays text
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

bool IsAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A plain web address that starts at `i` ("https://x.org/a", "www.x.org"): its length, and the checked
// link in `url`; 0 when there is none. It starts a word, runs to a space, and leaves out the punctuation
// that ends a sentence after it ("see https://x.org/a." links https://x.org/a) and a ')' it did not open.
std::size_t MatchBareUrl(std::string_view s, std::size_t i, std::string& url) {
    if (i > 0 && (IsAlnum(s[i - 1]) || std::string_view("@/.:-_\\").find(s[i - 1]) != std::string_view::npos)) return 0;
    const std::string head = AsciiLower(s.substr(i, 8));
    const bool www = head.rfind("www.", 0) == 0;
    if (!www && head.rfind("http://", 0) != 0 && head.rfind("https://", 0) != 0) return 0;
    std::size_t end = i;
    while (end < s.size() && static_cast<unsigned char>(s[end]) > ' ' && std::string_view("<>\"`").find(s[end]) == std::string_view::npos) ++end;
    for (;;) {
        std::string_view candidate = s.substr(i, end - i);
        const char last = candidate.empty() ? ' ' : candidate.back();
        const auto count = [&](char c) { return std::count(candidate.begin(), candidate.end(), c); };
        if (std::string_view(".,;:!?'*_]").find(last) != std::string_view::npos || (last == ')' && count(')') > count('('))) --end;
        else break;
    }
    const std::string_view candidate = s.substr(i, end - i);
    if (candidate.size() <= (www ? 4u : 8u)) return 0;
    if (www) {
        const auto guessed = GuessWebUrl(candidate);
        if (!guessed) return 0;
        url = *guessed;
    } else {
        const CheckedUrl checked = CheckUrl(candidate);
        if (!checked.ok()) return 0;
        url = checked.url;
    }
    return candidate.size();
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
        if (style.url.empty() && !style.link_text && (c == 'h' || c == 'H' || c == 'w' || c == 'W')) {
            std::string url;
            if (const std::size_t n = MatchBareUrl(s, i, url)) {
                flush(i);
                Style linked = style;
                linked.url = std::move(url);
                Append(out, s.substr(i, n), linked);
                i += n;
                plain_start = i;
                continue;
            }
        }
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
                inner.link_text = true;
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
    if (markup.find('[') == std::string_view::npos) return {};  // no [text](url): nothing to refuse (most texts)
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
