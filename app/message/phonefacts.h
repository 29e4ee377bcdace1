// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the phone-number module (app/phonemodule) tells about one number: the plain C boundary between
// Wabench and the module that links libphonenumber. The module is loaded when the first number is read,
// not at start-up: libphonenumber with protobuf and abseil takes about 5 ms to load and unload, for a
// window that shows no number until someone types one. A change of this struct renames the function
// (the _v suffix), so a module of another version is refused, never misread.

extern "C" {

// How possible a number is, in libphonenumber's terms.
enum WabenchPhonePossibility
{
    WabenchPhonePossible = 0,
    WabenchPhonePossibleLocalOnly = 1,
    WabenchPhoneInvalidCountryCode = 2,
    WabenchPhoneTooShort = 3,
    WabenchPhoneInvalidLength = 4,
    WabenchPhoneTooLong = 5,
};

struct WabenchPhoneFacts
{
    int readable;          // 1 when libphonenumber parsed it; nothing below is set otherwise
    int countryCode;       // 91
    int possibility;       // a WabenchPhonePossibility
    int valid;             // 1 when it is in a known numbering range
    char e164[24];         // "+919876543210", NUL-terminated
    char region[4];        // the number's own region ("IN"), or empty
    char countryRegion[4]; // the main region of its country code ("IN"), or empty
};

// Reads `length` bytes of UTF-8 as a number of `region` (ISO 3166 "US"; "ZZ" for none, when the number
// must start with "+" and its country code). Returns 1 and fills `facts` when it parsed, 0 otherwise.
typedef int (*WabenchPhoneRead)(const char *utf8, int length, const char *region, WabenchPhoneFacts *facts);
}

// The symbol the module exports, and the module's file name.
#define WABENCH_PHONE_READ_SYMBOL "wabench_phone_read_v1"
#define WABENCH_PHONE_MODULE_FILE "libwabench-phone.so"
