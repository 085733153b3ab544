#include "colorpicker.h"

#include "agent/fieldtable.h"
#include "agent/previewbuilder.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>

namespace awb {

QColor ColorPicker::swatch(const QString &name)
{
    // One palette for the whole program: the preview's.
    const QString hex = PreviewBuilder::colorHex(name);
    return hex.isEmpty() ? QColor() : QColor(hex);
}

static QIcon swatchIcon(const QColor &color)
{
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (color.isValid()) {
        painter.setBrush(color);
        painter.setPen(color.darker(130));
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::gray, 1.2, Qt::DashLine));
    }
    painter.drawEllipse(QRectF(1.5, 1.5, 15, 15));
    return QIcon(pixmap);
}

ColorPicker::ColorPicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QStringList names { QString() };
    names += FieldTable::colors();
    for (const QString &name : names) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(swatchIcon(swatch(name)));
        const QString label = name.isEmpty() ? tr("No color") : name;
        button->setToolTip(label);
        button->setAccessibleName(label);
        button->setProperty("colorName", name);
        m_group->addButton(button);
        layout->addWidget(button);
    }
    layout->addStretch();
    setFocusProxy(m_group->buttons().constFirst()); // for the label's mnemonic
    setFocusPolicy(Qt::ClickFocus);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton *button) { Q_EMIT colorChosen(button->property("colorName").toString()); });
}

QString ColorPicker::color() const
{
    QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property("colorName").toString() : QString();
}

void ColorPicker::setColor(const QString &color)
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->property("colorName").toString() == color) {
            button->setChecked(true);
            return;
        }
    }
    // Not one of the eight: show none checked.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
}

} // namespace awb
