// A strict, fast JSON reader (RFC 8259) for the profile: the whole text becomes one flat array of
// nodes in document order, with every string decoded into one shared buffer, so a 5 MB profile costs a
// handful of allocations instead of one per value. Each value knows where it starts in the text.
// Never throws, never recurses (a depth limit is checked as containers open), validates UTF-8 and
// reports the first problem with its byte offset and a message meant for the person who wrote the file.
// Keys given twice in one object are collected (the last value counts, as in every JSON library).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portfolio {

enum class JsonType : std::uint8_t { Null, Bool, Number, String, Array, Object };

class JsonDoc;

// A handle to one value of a parsed document (cheap to copy; valid while the document lives).
// A default-constructed handle is "absent": Find() returns it for a key that is not there.
class JsonValue {
public:
    JsonValue() = default;
    explicit operator bool() const { return doc_ != nullptr; }

    JsonType type() const;
    bool is_null() const { return type() == JsonType::Null; }
    bool is_bool() const { return type() == JsonType::Bool; }
    bool is_number() const { return type() == JsonType::Number; }
    bool is_string() const { return type() == JsonType::String; }
    bool is_array() const { return type() == JsonType::Array; }
    bool is_object() const { return type() == JsonType::Object; }

    bool boolean() const;                            // false unless a true literal
    std::string_view str() const;                    // strings (and keys), decoded; "" otherwise
    std::optional<std::uint64_t> unsigned_integer() const;  // numbers written as 0..2^64-1 without '.', 'e' or '-'
    std::size_t size() const;                        // elements or members; 0 for scalars
    std::size_t offset() const;                      // byte offset of the value's first character

    // Objects: the value of the last member named `key` (JSON keeps the last of duplicates); absent if none.
    JsonValue Find(std::string_view key) const;
    // Arrays: calls each(element) in order. Objects: calls each(key, value) in order.
    template <class Each>
    void ForEachElement(Each&& each) const;
    template <class Each>
    void ForEachMember(Each&& each) const;

private:
    friend class JsonDoc;
    friend class JsonParser;
    JsonValue(const JsonDoc* doc, std::uint32_t index) : doc_(doc), index_(index) {}
    JsonValue Next() const;  // the value after this one's subtree (its next sibling in a container)
    const JsonDoc* doc_ = nullptr;
    std::uint32_t index_ = 0;
};

struct JsonError {
    enum class Kind { Syntax, Depth };
    Kind kind = Kind::Syntax;
    std::size_t offset = 0;  // where the problem starts: the offending token, byte or end of input
    std::string message;     // "expected ',' or '}' after an object member, found a string"
};

struct JsonDuplicateKey {
    std::string object_path;  // JSONPath of the object that holds the key twice ("$.basics")
    std::string key;
};

class JsonDoc {
public:
    // Parses `text` (which must outlive nothing: strings are copied). On failure root() is absent and
    // error() says what and where. `max_depth` bounds the nesting of arrays and objects.
    bool Parse(std::string_view text, int max_depth);
    JsonValue root() const { return nodes_.empty() || error_ ? JsonValue() : JsonValue(this, 0); }
    const std::optional<JsonError>& error() const { return error_; }
    const std::vector<JsonDuplicateKey>& duplicates() const { return duplicates_; }

private:
    friend class JsonValue;
    friend class JsonParser;
    struct Node {  // 24 bytes (the widest member first): a 5.6 MB profile has 366k of them
        std::uint64_t payload = 0;  // strings: offset in strings_; numbers: the unsigned value
        std::uint32_t offset = 0;   // in the source text
        std::uint32_t end = 0;      // index just past this node's subtree
        std::uint32_t count = 0;    // containers: elements/members; strings: byte length
        JsonType type = JsonType::Null;
        bool flag = false;          // Bool: the value; Number: fits unsigned_integer()
    };
    static_assert(sizeof(Node) == 24);
    std::vector<Node> nodes_;
    std::string strings_;
    std::optional<JsonError> error_;
    std::vector<JsonDuplicateKey> duplicates_;
};

template <class Each>
void JsonValue::ForEachElement(Each&& each) const {
    if (!is_array()) return;
    const std::uint32_t end = doc_->nodes_[index_].end;
    for (JsonValue v(doc_, index_ + 1); v.index_ < end; v = v.Next()) each(v);
}

template <class Each>
void JsonValue::ForEachMember(Each&& each) const {
    if (!is_object()) return;
    const std::uint32_t end = doc_->nodes_[index_].end;
    for (JsonValue k(doc_, index_ + 1); k.index_ < end;) {
        const JsonValue v(doc_, k.index_ + 1);
        each(k.str(), v);
        k = v.Next();
    }
}

}  // namespace portfolio
