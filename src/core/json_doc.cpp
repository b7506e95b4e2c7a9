#include "core/json_doc.h"

#include "core/text.h"

#include <array>
#include <cstring>
#include <unordered_set>

#include "core/json_locate.h"

namespace portfolio {

JsonType JsonValue::type() const { return doc_ ? doc_->nodes_[index_].type : JsonType::Null; }
bool JsonValue::boolean() const { return doc_ && is_bool() && doc_->nodes_[index_].flag; }
std::string_view JsonValue::str() const {
    if (!doc_) return {};
    const JsonDoc::Node& n = doc_->nodes_[index_];
    if (n.type != JsonType::String) return {};
    return std::string_view(doc_->strings_.data() + n.payload, n.count);  // the parser put it there, whole
}
std::optional<std::uint64_t> JsonValue::unsigned_integer() const {
    if (!is_number() || !doc_->nodes_[index_].flag) return std::nullopt;
    return doc_->nodes_[index_].payload;
}
std::size_t JsonValue::size() const {
    return is_array() || is_object() ? doc_->nodes_[index_].count : 0;
}
std::size_t JsonValue::offset() const { return doc_ ? doc_->nodes_[index_].offset : 0; }
JsonValue JsonValue::Next() const { return JsonValue(doc_, doc_->nodes_[index_].end); }

// Every member is looked at (the last of duplicate keys counts), each first by its key's length: the
// reader asks an object of a dozen members for twice as many names, so this is the loader's inner loop.
JsonValue JsonValue::Find(std::string_view key) const {
    if (!is_object()) return {};
    const std::vector<JsonDoc::Node>& nodes = doc_->nodes_;
    const char* strings = doc_->strings_.data();
    std::uint32_t found = 0;
    const std::uint32_t end = nodes[index_].end;
    for (std::uint32_t k = index_ + 1; k < end;) {
        const JsonDoc::Node& name = nodes[k];
        if (name.count == key.size()) {
            const char* a = strings + name.payload;
            std::size_t i = 0;
            while (i < key.size() && a[i] == key[i]) ++i;  // keys are short: no call to memcmp
            if (i == key.size()) found = k + 1;
        }
        k = nodes[k + 1].end;  // past the member's value
    }
    return found ? JsonValue(doc_, found) : JsonValue();
}

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_'; }

// Where the run of plain string bytes that starts at i ends: at the first '"', '\\', control character,
// non-ASCII byte or the end of the text. Eight bytes at a time (SWAR) while no byte of the word is one of
// those (the word tests are exact as to whether a word holds one); the byte loop then finds which.
std::size_t PlainRunEnd(std::string_view text, std::size_t i) {
    for (; i + 8 <= text.size(); i += 8) {
        const std::uint64_t w = LoadWord(text.data() + i);
        if (WordHasNonAscii(w) || WordHasByteBelow(w, 0x20) || WordHasByte(w, '"') || WordHasByte(w, '\\')) break;
    }
    while (i < text.size()) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u == '"' || u == '\\' || u < 0x20 || u >= 0x80) break;
        ++i;
    }
    return i;
}

// What the reader finds at a place, for messages: "a string", "'}'", "byte 0xC3", "the end of input".
std::string Describe(std::string_view text, std::size_t i) {
    if (i >= text.size()) return "the end of input";
    const char c = text[i];
    if (c == '"') return "a string";
    if (IsDigit(c) || c == '-') return "a number";
    if (IsWordChar(c)) {
        std::size_t e = i;
        while (e < text.size() && e - i < 20 && IsWordChar(text[e])) ++e;
        return "the word \"" + std::string(text.substr(i, e - i)) + "\"";
    }
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7F) return std::string("'") + c + "'";
    static const char* hex = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[u >> 4] + hex[u & 15];
}

// Length of the well-formed UTF-8 sequence at text[i] (RFC 3629: no overlong forms, no surrogates,
// nothing past U+10FFFF), or 0 when the bytes there are ill-formed.
std::size_t WellFormedLength(std::string_view text, std::size_t i) {
    const auto b = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    const unsigned c = b(0);
    const auto cont = [&](std::size_t k) { return (b(k) & 0xC0u) == 0x80u; };
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return b(1) >= lo && b(1) <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

// The parser proper: a loop over the text with an explicit stack of open containers.
class JsonParser {
public:
    JsonParser(JsonDoc& doc, std::string_view text, int max_depth) : doc_(doc), text_(text), max_depth_(max_depth) {}

    bool Run() {
        doc_.nodes_.reserve(text_.size() / 12 + 4);  // profiles run 16-18 bytes a value: no regrowth
        doc_.strings_.reserve(text_.size() / 2 + 16);
        for (;;) {
            SkipSpace();
            bool ok = true;
            switch (next_) {
                case Next::Value: ok = ParseValue(); break;
                case Next::Key: ok = ParseKey(); break;
                case Next::After:
                    if (open_.empty()) {
                        if (i_ != text_.size())
                            return Fail(i_, "expected end of input after the document's last '}' or ']', found " + Describe(text_, i_));
                        return true;
                    }
                    ok = AfterValue();
                    break;
            }
            if (!ok) return false;
        }
    }

private:
    enum class Next { Value, Key, After };  // what the text must hold next
    struct Open {
        std::uint32_t node;
        bool object;
        std::uint32_t key = 0;  // objects: the node of the current member's key
    };

    bool Fail(std::size_t at, std::string message, JsonError::Kind kind = JsonError::Kind::Syntax) {
        doc_.error_ = JsonError{kind, at, std::move(message)};
        return false;
    }
    bool FailEnd() {
        if (open_.empty()) return Fail(i_, "unexpected end of input: expected a value");
        return Fail(i_, open_.back().object ? "unexpected end of input: an object is not closed (a '}' is missing)"
                                            : "unexpected end of input: a list is not closed (a ']' is missing)");
    }
    void SkipSpace() {
        while (i_ < text_.size() && IsSpace(text_[i_])) ++i_;
    }
    std::uint32_t AddNode(JsonType type, std::size_t offset) {
        const auto index = static_cast<std::uint32_t>(doc_.nodes_.size());
        JsonDoc::Node n;
        n.type = type;
        n.offset = static_cast<std::uint32_t>(offset);
        n.end = index + 1;
        doc_.nodes_.push_back(n);
        return index;
    }

    // A value starts at i_ (whitespace skipped). A container is opened (its contents come next);
    // a scalar is read whole.
    bool ParseValue() {
        if (i_ >= text_.size()) return FailEnd();
        const char c = text_[i_];
        const bool after_comma = after_comma_;
        after_comma_ = false;
        if (c == '{' || c == '[') return OpenContainer(c == '{');
        next_ = Next::After;
        if (c == '"') return ParseString();
        if (c == '-' || IsDigit(c)) return ParseNumber();
        if (IsWordChar(c)) return ParseLiteral();
        if (after_comma && (c == ']' || c == '}'))
            return Fail(i_, std::string("expected a value after ',', found '") + c + "' (JSON allows no comma before a closing bracket)");
        return Fail(i_, "expected a value, found " + Describe(text_, i_));
    }

    bool OpenContainer(bool object) {
        if (static_cast<int>(open_.size()) >= max_depth_)
            return Fail(i_, "nesting deeper than " + std::to_string(max_depth_) + " levels of lists/objects",
                        JsonError::Kind::Depth);
        const std::uint32_t node = AddNode(object ? JsonType::Object : JsonType::Array, i_);
        ++i_;
        open_.push_back(Open{node, object});
        SkipSpace();
        if (i_ < text_.size() && text_[i_] == (object ? '}' : ']')) return Close();
        next_ = object ? Next::Key : Next::Value;
        return true;
    }

    // A member's key and its ':' (whitespace before the key skipped).
    bool ParseKey() {
        const bool after_comma = after_comma_;
        after_comma_ = false;
        if (i_ >= text_.size()) return FailEnd();
        if (text_[i_] != '"') {
            if (after_comma && text_[i_] == '}')
                return Fail(i_, "expected a key after ',', found '}' (JSON allows no comma before a closing brace)");
            return Fail(i_, "expected a key (a name in double quotes), found " + Describe(text_, i_));
        }
        open_.back().key = static_cast<std::uint32_t>(doc_.nodes_.size());
        if (!ParseString()) return false;
        SkipSpace();
        if (i_ >= text_.size()) return FailEnd();
        if (text_[i_] != ':') return Fail(i_, "expected ':' after the key, found " + Describe(text_, i_));
        ++i_;
        next_ = Next::Value;
        return true;
    }

    // After a complete value inside a container: a separator or the container's end.
    bool AfterValue() {
        Open& top = open_.back();
        ++doc_.nodes_[top.node].count;
        if (i_ >= text_.size()) return FailEnd();
        const char c = text_[i_];
        if (c == ',') {
            ++i_;
            after_comma_ = true;
            next_ = top.object ? Next::Key : Next::Value;
            return true;
        }
        if (c == (top.object ? '}' : ']')) return Close();
        if (top.object)
            return Fail(i_, "expected ',' or '}' after an object member, found " + Describe(text_, i_) +
                                (c == '"' ? " (is a comma missing?)" : ""));
        return Fail(i_, "expected ',' or ']' after a list element, found " + Describe(text_, i_));
    }

    bool Close() {
        ++i_;
        const Open top = open_.back();
        doc_.nodes_[top.node].end = static_cast<std::uint32_t>(doc_.nodes_.size());
        if (top.object && doc_.nodes_[top.node].count > 1) FindDuplicateKeys(top.node);
        open_.pop_back();
        next_ = Next::After;
        return true;
    }

    void FindDuplicateKeys(std::uint32_t node) {
        const JsonValue object(&doc_, node);
        const std::size_t n = object.size();
        std::array<std::string_view, 16> small;  // up to 16 members: compared pairwise, without allocating
        std::size_t used = 0;
        std::unordered_set<std::string_view> seen;
        if (n > small.size()) seen.reserve(n);
        object.ForEachMember([&](std::string_view key, JsonValue) {
            bool repeated = false;
            if (n <= small.size()) {
                for (std::size_t k = 0; k < used && !repeated; ++k)  // lengths and first bytes before a compare
                    repeated = small[k].size() == key.size() && (key.empty() || (small[k][0] == key[0] && small[k] == key));
                small[used++] = key;
            } else {
                repeated = !seen.insert(key).second;
            }
            if (repeated) doc_.duplicates_.push_back(JsonDuplicateKey{PathOfOpen(), std::string(key)});
        });
    }

    // JSONPath of the innermost open container (built only for a duplicate key).
    std::string PathOfOpen() const {
        std::string path = "$";
        for (std::size_t k = 0; k + 1 < open_.size(); ++k) {
            const Open& o = open_[k];
            if (o.object) path = PathKey(path, JsonValue(&doc_, o.key).str());
            else path = PathIndex(path, doc_.nodes_[o.node].count);  // the element being read
        }
        return path;
    }

    bool ParseString() {
        const std::size_t start = i_;
        const std::uint32_t node = AddNode(JsonType::String, start);
        std::string& out = doc_.strings_;
        const std::size_t first = out.size();
        ++i_;
        for (;;) {
            const std::size_t run = PlainRunEnd(text_, i_);  // copy plain ASCII runs in one go
            out.append(text_.data() + i_, run - i_);
            i_ = run;
            if (i_ >= text_.size()) return Fail(start, "invalid string: missing closing quote (the text ends inside this string)");
            const auto u = static_cast<unsigned char>(text_[i_]);
            if (u == '"') break;
            if (u == '\\') {
                if (!ParseEscape(out)) return false;
            } else if (u < 0x20) {
                static const char* hex = "0123456789ABCDEF";
                return Fail(i_, std::string("invalid string: control character U+00") + hex[u >> 4] + hex[u & 15] +
                                    (u == '\n' ? " (a line break)" : "") + " must be written as an escape (\\n, \\t or \\u00XX)");
            } else {
                const std::size_t len = WellFormedLength(text_, i_);
                if (len == 0) return Fail(i_, "invalid string: ill-formed UTF-8 byte (the file is not UTF-8 text here)");
                out.append(text_.data() + i_, len);
                i_ += len;
            }
        }
        ++i_;  // the closing quote
        JsonDoc::Node& n = doc_.nodes_[node];
        n.payload = first;
        n.count = static_cast<std::uint32_t>(out.size() - first);
        return true;
    }

    bool ReadHex4(std::size_t at, std::uint32_t& value) const {
        if (at + 4 > text_.size()) return false;
        value = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const int h = HexValue(text_[at + k]);
            if (h < 0) return false;
            value = value * 16 + static_cast<std::uint32_t>(h);
        }
        return true;
    }

    bool ParseEscape(std::string& out) {
        const std::size_t at = i_;
        if (i_ + 1 >= text_.size()) return Fail(at, "invalid string: missing closing quote (the text ends inside this string)");
        const char e = text_[i_ + 1];
        i_ += 2;
        switch (e) {
            case '"': out += '"'; return true;
            case '\\': out += '\\'; return true;
            case '/': out += '/'; return true;
            case 'b': out += '\b'; return true;
            case 'f': out += '\f'; return true;
            case 'n': out += '\n'; return true;
            case 'r': out += '\r'; return true;
            case 't': out += '\t'; return true;
            case 'u': break;
            default: return Fail(at, "invalid string: unknown escape \"\\" + std::string(1, e) + "\" (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
        std::uint32_t cp = 0;
        if (!ReadHex4(i_, cp)) return Fail(at, "invalid string: \\u must be followed by four hex digits");
        i_ += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return Fail(at, "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (i_ + 1 >= text_.size() || text_[i_] != '\\' || text_[i_ + 1] != 'u' || !ReadHex4(i_ + 2, low) || low < 0xDC00 ||
                low > 0xDFFF)
                return Fail(at, "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
            i_ += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        AppendUtf8(out, cp);
        return true;
    }

    bool ParseNumber() {
        const std::size_t start = i_;
        const std::uint32_t node = AddNode(JsonType::Number, start);
        bool integer = true, overflow = false;
        std::uint64_t value = 0;
        if (text_[i_] == '-') {
            integer = false;
            ++i_;
        }
        const auto bad = [&](const char* why) {
            std::size_t e = i_;
            while (e < text_.size() && (IsWordChar(text_[e]) || text_[e] == '.' || text_[e] == '+' || text_[e] == '-')) ++e;
            return Fail(start, "invalid number \"" + std::string(text_.substr(start, std::min<std::size_t>(e - start, 30))) + "\": " + why);
        };
        if (i_ >= text_.size() || !IsDigit(text_[i_])) return bad("a digit must follow '-' (JSON has no Infinity or NaN)");
        if (text_[i_] == '0' && i_ + 1 < text_.size() && IsDigit(text_[i_ + 1])) return bad("JSON numbers have no leading zeros");
        for (; i_ < text_.size() && IsDigit(text_[i_]); ++i_) {
            const auto d = static_cast<std::uint64_t>(text_[i_] - '0');
            if (value > (UINT64_MAX - d) / 10) overflow = true;
            value = value * 10 + d;
        }
        if (i_ < text_.size() && text_[i_] == '.') {
            integer = false;
            ++i_;
            if (i_ >= text_.size() || !IsDigit(text_[i_])) return bad("a digit must follow '.'");
            while (i_ < text_.size() && IsDigit(text_[i_])) ++i_;
        }
        if (i_ < text_.size() && (text_[i_] == 'e' || text_[i_] == 'E')) {
            integer = false;
            ++i_;
            if (i_ < text_.size() && (text_[i_] == '+' || text_[i_] == '-')) ++i_;
            if (i_ >= text_.size() || !IsDigit(text_[i_])) return bad("a digit must follow the exponent's 'e'");
            while (i_ < text_.size() && IsDigit(text_[i_])) ++i_;
        }
        if (i_ < text_.size() && IsWordChar(text_[i_])) return bad("letters after the digits");
        JsonDoc::Node& n = doc_.nodes_[node];
        n.flag = integer && !overflow;
        n.payload = n.flag ? value : 0;
        return true;
    }

    bool ParseLiteral() {
        const std::size_t start = i_;
        std::size_t e = i_;
        while (e < text_.size() && IsWordChar(text_[e])) ++e;
        const std::string_view word = text_.substr(start, e - start);
        JsonType type = JsonType::Null;
        bool flag = false;
        if (word == "true") {
            type = JsonType::Bool;
            flag = true;
        } else if (word == "false") {
            type = JsonType::Bool;
        } else if (word != "null") {
            const std::string shown(word.substr(0, 20));
            if (word == "NaN" || word == "Infinity")
                return Fail(start, "invalid literal \"" + shown + "\": JSON numbers have no NaN or Infinity (write null or a string)");
            return Fail(start, "invalid literal \"" + shown + "\": JSON has only true, false and null (text goes in double quotes)");
        }
        const std::uint32_t node = AddNode(type, start);
        doc_.nodes_[node].flag = flag;
        i_ = e;
        return true;
    }

    JsonDoc& doc_;
    std::string_view text_;
    int max_depth_;
    std::size_t i_ = 0;
    Next next_ = Next::Value;
    bool after_comma_ = false;
    std::vector<Open> open_;
};

bool JsonDoc::Parse(std::string_view text, int max_depth) {
    nodes_.clear();
    strings_.clear();
    error_.reset();
    duplicates_.clear();
    if (text.size() >= UINT32_MAX) {
        error_ = JsonError{JsonError::Kind::Syntax, 0, "the text is too large to read (4 GB or more)"};
        return false;
    }
    JsonParser parser(*this, text, max_depth);
    if (parser.Run()) return true;
    nodes_.clear();
    strings_.clear();
    return false;
}

}  // namespace portfolio
