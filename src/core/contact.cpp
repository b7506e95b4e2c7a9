// Reaching the owner: mailto: links (RFC 6068), the vCard (RFC 6350), and availability in words.
#include "core/contact.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/dates.h"
#include "core/links.h"
#include "core/search.h"
#include "core/text.h"
#include "core/timezone.h"

namespace portfolio {
namespace {

bool IsUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
}

void AppendPercent(std::string& out, unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
}

// "\r\n", "\r" and "\n" all become `line_break`.
std::string ReplaceLineBreaks(std::string_view text, std::string_view line_break) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' || text[i] == '\n') {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += line_break;
        } else {
            out += text[i];
        }
    }
    return out;
}

// One addr-spec as a profile writes it: a local part and a domain, nothing that separates recipients
// or starts headers. Non-ASCII (internationalised addresses) is allowed and percent-encoded.
bool IsPlainAddress(std::string_view a) {
    const std::size_t at = a.find('@');
    if (a.empty() || at == 0 || at == std::string_view::npos || at + 1 == a.size() || a.find('@', at + 1) != std::string_view::npos)
        return false;
    for (unsigned char c : a)
        if (c <= 0x20 || c == 0x7F || std::string_view(",;:<>()[]\\\"?#&=%").find(static_cast<char>(c)) != std::string_view::npos)
            return false;
    return true;
}

std::string FirstName(std::string_view name) {
    const std::string_view n = Trim(name);
    return std::string(n.substr(0, n.find_first_of(" \t")));
}

const char* KindPhrase(AvailabilityKind kind) {  // what a search without a title was for
    switch (kind) {
        case AvailabilityKind::Internship: return "an internship";
        case AvailabilityKind::Collaboration: return "collaborations";
        case AvailabilityKind::Chat: return "research chats";
        case AvailabilityKind::Position: return "a position";
        case AvailabilityKind::Other: break;
    }
    return "opportunities";
}

}  // namespace

// ---- mailto: ---------------------------------------------------------------------------------------

std::string_view PurposeId(ContactPurpose purpose) {
    switch (purpose) {
        case ContactPurpose::Collaboration: return "collaboration";
        case ContactPurpose::Internship: return "internship";
        case ContactPurpose::PaperQuestion: return "paper";
    }
    return "collaboration";
}

std::string_view PurposeLabel(ContactPurpose purpose) {
    switch (purpose) {
        case ContactPurpose::Collaboration: return "Collaboration";
        case ContactPurpose::Internship: return "Internship";
        case ContactPurpose::PaperQuestion: return "A question about a paper";
    }
    return "Collaboration";
}

std::string PercentEncode(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (unsigned char c : text) {
        if (IsUnreserved(c)) out += static_cast<char>(c);
        else AppendPercent(out, c);
    }
    return out;
}

std::string BuildMailto(std::string_view address, std::string_view subject, std::string_view body) {
    const std::string_view to = Trim(address);
    if (!IsPlainAddress(to)) return "";
    std::string url = "mailto:";
    for (unsigned char c : to) {  // RFC 6068 lets these stand in an address; everything else is encoded
        if (IsUnreserved(c) || std::string_view("@!$'*+").find(static_cast<char>(c)) != std::string_view::npos) url += static_cast<char>(c);
        else AppendPercent(url, c);
    }
    char separator = '?';
    auto header = [&](std::string_view name, const std::string& value) {
        if (value.empty()) return;
        url += separator;
        url += name;
        url += '=';
        url += PercentEncode(value);
        separator = '&';
    };
    header("subject", ReplaceLineBreaks(subject, " "));
    header("body", ReplaceLineBreaks(body, "\r\n"));
    return url;
}

ComposedMail ComposeMail(const Basics& owner, const MailDraft& draft) {
    ComposedMail mail;
    std::string lead;
    switch (draft.purpose) {
        case ContactPurpose::Collaboration:
            mail.subject = "Research collaboration";
            lead = "I would like to talk with you about a possible research collaboration.";
            break;
        case ContactPurpose::Internship:
            mail.subject = "Research internship";
            lead = "I am writing to you about a research internship.";
            break;
        case ContactPurpose::PaperQuestion:
            if (draft.paper && !draft.paper->name.empty()) {
                const std::string title = "\xE2\x80\x9C" + ReplaceLineBreaks(Trim(draft.paper->name), " ") + "\xE2\x80\x9D";  // “…”
                mail.subject = "Question about " + title;
                std::string where = draft.paper->publisher;
                const std::string year = draft.paper->release_date.year ? std::to_string(draft.paper->release_date.year) : "";
                if (where.find(year) == std::string::npos) where += (where.empty() ? "" : ", ") + year;  // "ICLR 2024" has it
                lead = "I have a question about your paper " + title + (where.empty() ? "" : " (" + where + ")") + ".";
            } else {
                mail.subject = "Question about your paper";
                lead = "I have a question about one of your papers.";
            }
            break;
    }
    const std::string first = FirstName(owner.name);
    mail.body = (first.empty() ? std::string("Hello,") : "Hi " + first + ",") + "\r\n\r\n" + lead + "\r\n\r\n";
    const std::string_view message = Trim(TruncateUtf8(draft.message, kMaxMessageBytes));
    if (!message.empty()) mail.body += ReplaceLineBreaks(message, "\r\n") + "\r\n\r\n";
    mail.body += "Best regards,\r\n";
    mail.mailto = BuildMailto(owner.email, mail.subject, mail.body);
    return mail;
}

// ---- vCard -----------------------------------------------------------------------------------------

std::string EscapeVcardText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ',' || c == ';') {
            out += '\\';
            out += c;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string FoldVcardLine(std::string_view line) {
    constexpr std::size_t kMaxOctets = 75;
    std::string out;
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const std::size_t room = first ? kMaxOctets : kMaxOctets - 1;  // a continuation spends one octet on its space
        if (!first) out += ' ';
        if (line.size() - start <= room) {
            out.append(line.substr(start));
            break;
        }
        std::size_t cut = start + room;
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        if (cut == start) cut = start + room;  // no character boundary at all: invalid bytes, cut anyway
        out.append(line.substr(start, cut - start));
        out += "\r\n";
        start = cut;
        first = false;
    }
    out += "\r\n";
    return out;
}

std::string BuildVcard(const Basics& owner) {
    const std::string_view name = Trim(owner.name);
    std::string card = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    auto line = [&](std::string_view property, std::string_view value) { card += FoldVcardLine(std::string(property) + ":" + std::string(value)); };
    line("FN", EscapeVcardText(!name.empty() ? name : !owner.email.empty() ? std::string_view(owner.email) : std::string_view("Contact")));
    if (!name.empty()) {
        // N is family;given;additional;prefixes;suffixes. The last word as the family name is a guess
        // that holds for names written given-name first, as profiles are.
        const std::size_t space = name.find_last_of(" \t");
        if (space == std::string_view::npos) line("N", EscapeVcardText(name) + ";;;;");
        else line("N", EscapeVcardText(name.substr(space + 1)) + ";" + EscapeVcardText(Trim(name.substr(0, space))) + ";;;");
    }
    if (!owner.email.empty()) line("EMAIL", EscapeVcardText(owner.email));
    if (owner.affiliation && !owner.affiliation->name.empty()) line("ORG", EscapeVcardText(owner.affiliation->name));
    if (!owner.label.empty()) line("TITLE", EscapeVcardText(owner.label));
    if (IsZoneName(owner.timezone)) {
        line("TZ", owner.timezone);
    } else if (const std::optional<int> offset = ParseUtcOffsetMinutes(owner.utc_offset)) {
        const int a = *offset < 0 ? -*offset : *offset;
        char value[16];
        std::snprintf(value, sizeof value, "%c%02d%02d", *offset < 0 ? '-' : '+', a / 60, a % 60);  // RFC 6350 utc-offset: +0800
        line("TZ;VALUE=utc-offset", value);
    }
    std::vector<std::string> urls;
    auto add_url = [&](const std::string& url) {
        const CheckedUrl checked = CheckUrl(url);  // URIs are not escaped, so only checked ones (no spaces, no line breaks)
        if (!checked.ok() || std::find(urls.begin(), urls.end(), checked.url) != urls.end()) return;
        urls.push_back(checked.url);
        line("URL", checked.url);
    };
    add_url(owner.url);
    for (const SocialProfile& sp : owner.profiles) add_url(sp.url);
    card += "END:VCARD\r\n";
    return card;
}

std::string VcardFileName(const Basics& owner) {
    const std::string slug = Slugify(FoldForSearch(owner.name));
    return (slug.empty() ? std::string("contact") : slug) + ".vcf";
}

// ---- Availability ----------------------------------------------------------------------------------

std::string AvailabilityHeadline(const Availability& item, AvailabilityStatus status) {
    const std::string title(Trim(item.title));
    if (status != AvailabilityStatus::Closed) return title;
    if (title.empty()) return std::string("Was looking for ") + KindPhrase(item.kind);
    // "Summer research internship" -> "summer research internship"; "NUS visit" and "ML systems" keep their capitals.
    std::string lowered = title;
    if (lowered.size() > 1 && lowered[0] >= 'A' && lowered[0] <= 'Z' && !(lowered[1] >= 'A' && lowered[1] <= 'Z'))
        lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    return "Was looking for " + lowered;
}

std::string AvailabilityBadge(const Availability& item, AvailabilityStatus status) {
    switch (status) {
        case AvailabilityStatus::Open: return item.end_date.IsSet() ? "Open until " + FormatDate(item.end_date) : "Open";
        case AvailabilityStatus::Upcoming: return "From " + FormatDate(item.start_date);
        case AvailabilityStatus::Closed: return "Closed \xC2\xB7 ended " + FormatDate(item.end_date);
    }
    return "";
}

std::string_view StatusId(AvailabilityStatus status) {
    switch (status) {
        case AvailabilityStatus::Open: return "open";
        case AvailabilityStatus::Upcoming: return "upcoming";
        case AvailabilityStatus::Closed: return "closed";
    }
    return "open";
}

}  // namespace portfolio
