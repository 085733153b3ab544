#pragma once

#include <QWidget>

class QButtonGroup;

namespace awb {

/// The eight colors Claude Code accepts, as swatches, plus "none".
class ColorPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ColorPicker(QWidget *parent = nullptr);
    QString color() const;
    void setColor(const QString &color); ///< an unknown color selects nothing
    static QColor swatch(const QString &name);

Q_SIGNALS:
    void colorChosen(const QString &color);

private:
    QButtonGroup *m_group;
};

} // namespace awb
