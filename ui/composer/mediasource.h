// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class ObjectField;

// A media object of the form (image, video, audio, document, sticker; schema "x-media") takes a file: an
// "Upload a file…" button under its fields, and a file dropped anywhere on it. What happens to the file is
// the caller's (`chosen`, with an empty path when the button asks for one); a provider that takes links only
// gets the button disabled, saying why.
namespace MediaSource {

void add(ObjectField *object, const QString &mediaType, const QString &unsupported,
         const std::function<void(const QString &path)> &chosen);

} // namespace MediaSource
