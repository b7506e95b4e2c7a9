// Reaching the owner: the mailto: link the contact composer builds (RFC 6068), the contact card
// (vCard 4.0, RFC 6350), and how an availability entry reads on a given day.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/availability.h"
#include "core/profile.h"

namespace portfolio {

// ---- mailto: (RFC 6068) ----------------------------------------------------------------------------

// What a visitor writes about; the composer picks the subject and the opening line from it.
enum class ContactPurpose { Collaboration, Internship, PaperQuestion };
inline constexpr ContactPurpose kContactPurposes[] = {ContactPurpose::Collaboration, ContactPurpose::Internship,
                                                      ContactPurpose::PaperQuestion};
std::string_view PurposeId(ContactPurpose purpose);     // "collaboration", "internship", "paper"
std::string_view PurposeLabel(ContactPurpose purpose);  // "Collaboration", "Internship", "A question about a paper"

// The composer's limit on the visitor's own text: mail programs cut long mailto: links.
inline constexpr std::size_t kMaxMessageBytes = 1000;

// Percent-encodes every byte except RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~): spaces become
// %20 and nothing that could start a header (& ? # = CR LF) or a second recipient (,) survives.
std::string PercentEncode(std::string_view text);
// "mailto:addr?subject=...&body=..." with empty headers left out. Line breaks in the body become %0D%0A;
// the subject is made one line. Empty when `address` is not one plain address (no commas, spaces, ...).
std::string BuildMailto(std::string_view address, std::string_view subject, std::string_view body);

struct MailDraft {
    ContactPurpose purpose = ContactPurpose::Collaboration;
    const Publication* paper = nullptr;  // for PaperQuestion: the paper asked about (optional)
    std::string_view message;            // the visitor's own lines (cut to kMaxMessageBytes)
};

struct ComposedMail {
    std::string subject;  // "Question about “Real-Time Video Generation …”"
    std::string body;     // greeting, opening line, the visitor's text, sign-off; CRLF line breaks
    std::string mailto;   // empty when the profile has no usable e-mail address
};

ComposedMail ComposeMail(const Basics& owner, const MailDraft& draft);

// ---- vCard 4.0 (RFC 6350) --------------------------------------------------------------------------

// Escapes a text value: backslash, comma, semicolon, and line breaks as \n.
std::string EscapeVcardText(std::string_view text);
// One content line, CRLF-terminated, folded into lines of at most 75 octets (continuations start with a
// space) without splitting a UTF-8 character.
std::string FoldVcardLine(std::string_view line);
// Name, e-mail, affiliation (ORG), role (TITLE), time zone and links (URL) as a .vcf file's text.
std::string BuildVcard(const Basics& owner);
// "xuanlei-zhao.vcf" ("contact.vcf" for a profile without a usable name): letters, digits and dashes only.
std::string VcardFileName(const Basics& owner);

// ---- Availability as the panel words it --------------------------------------------------------------

// The headline: the owner's title while open or upcoming; once closed, in the past tense around the title
// ("Was looking for summer research internship 2025"), so a closed search never reads as an offer.
std::string AvailabilityHeadline(const Availability& item, AvailabilityStatus status);
// The status badge: "Open", "Open until 31 Aug 2025", "From May 2026", "Closed · ended 31 Aug 2025".
std::string AvailabilityBadge(const Availability& item, AvailabilityStatus status);
std::string_view StatusId(AvailabilityStatus status);  // "open", "upcoming", "closed"

}  // namespace portfolio
