// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>

namespace radar {

/// One settings key with its type, default and validation, declared in one place.
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;
    std::function<bool(const T &)> isValid = [](const T &) {
        return true;
    };

    /// The stored value, or the default when it is missing, of the wrong type or invalid.
    T read(const QSettings &settings) const
    {
        const QVariant stored = settings.value(QLatin1StringView(key));
        if (!stored.isValid() || !stored.canConvert<T>())
            return defaultValue;
        const T value = stored.value<T>();
        return isValid(value) ? value : defaultValue;
    }

    void write(QSettings &settings, const T &value) const
    {
        if (isValid(value))
            settings.setValue(QLatin1StringView(key), QVariant::fromValue(value));
    }
};

} // namespace radar
