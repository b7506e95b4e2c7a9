// Maps JSONPath-style locations back to line:column in the source text.
#include "core/json_locate.h"

#include <unordered_set>

namespace portfolio {
namespace {

bool IsIdentifier(std::string_view key) {
    if (key.empty()) return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
        if (!(alpha || (i > 0 && c >= '0' && c <= '9'))) return false;
    }
    return true;
}

// Skips a JSON string starting at text[i] == '"'; returns the index after the closing quote.
std::size_t SkipString(std::string_view text, std::size_t i) {
    for (++i; i < text.size(); ++i) {
        if (text[i] == '\\') ++i;
        else if (text[i] == '"') return i + 1;
    }
    return text.size();
}

// Decodes the simple escapes that matter for matching keys; \uXXXX keys are kept escaped.
std::string KeyText(std::string_view raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] != 'u') {
            ++i;
            switch (raw[i]) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                default: out += raw[i];
            }
        } else {
            out += raw[i];
        }
    }
    return out;
}

}  // namespace

std::string PathKey(const std::string& parent, std::string_view key) {
    if (IsIdentifier(key)) return parent + "." + std::string(key);
    std::string out = parent + "[\"";
    for (char c : key) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"]";
}

std::string PathIndex(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

TextPosition PositionOfOffset(std::string_view text, std::size_t offset) {
    TextPosition pos{1, 1};
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

namespace {

// "$.a[2].b" -> "$.a[2]"; "$" stays "$". Keys written as ["..."] may hold '.', so cut at the last segment start.
std::string ParentPath(const std::string& path) {
    if (path.size() > 1 && path.back() == ']' && path[path.size() - 2] == '"') {
        const std::size_t open = path.rfind("[\"");
        if (open != std::string::npos) return path.substr(0, open);
    }
    const std::size_t cut = path.find_last_of(".[");
    return (cut == std::string::npos || cut == 0) ? std::string("$") : path.substr(0, cut);
}

}  // namespace

std::unordered_map<std::string, TextPosition> LocatePaths(std::string_view text, const std::vector<std::string>& paths) {
    // Every ancestor is wanted too, so a missing field can be reported at its nearest existing parent.
    std::unordered_set<std::string> wanted;
    for (std::string p : paths) {
        while (wanted.insert(p).second && p != "$") p = ParentPath(p);
    }
    std::unordered_map<std::string, std::size_t> found;  // path -> byte offset of its value

    struct Frame {
        bool object;
        std::size_t index;
        std::string path;
        std::string key;
    };
    std::vector<Frame> stack;
    auto value_path = [&]() -> std::string {
        if (stack.empty()) return "$";
        const Frame& f = stack.back();
        return f.object ? PathKey(f.path, f.key) : PathIndex(f.path, f.index);
    };

    bool expect_key = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') { ++i; continue; }
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().object) expect_key = true;
                else ++stack.back().index;
            }
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty()) stack.pop_back();
            expect_key = false;
            ++i;
            continue;
        }
        if (expect_key && c == '"') {
            const std::size_t end = SkipString(text, i);
            stack.back().key = KeyText(text.substr(i + 1, end - i - 2));
            expect_key = false;
            i = end;
            continue;
        }
        const std::string path = value_path();
        if (wanted.count(path)) found.emplace(path, i);
        if (c == '{' || c == '[') {
            stack.push_back(Frame{c == '{', 0, path, {}});
            expect_key = c == '{';
            ++i;
            continue;
        }
        if (c == '"') { i = SkipString(text, i); continue; }
        while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' && text[i] != ' ' &&
               text[i] != '\n' && text[i] != '\r' && text[i] != '\t')
            ++i;
    }

    std::unordered_map<std::string, TextPosition> out;
    for (const std::string& path : paths) {
        std::string p = path;
        auto it = found.find(p);
        while (it == found.end() && p != "$") {
            p = ParentPath(p);
            it = found.find(p);
        }
        out[path] = it != found.end() ? PositionOfOffset(text, it->second) : TextPosition{};
    }
    return out;
}

}  // namespace portfolio
