#include "triggers/maplayout.h"

#include <QTest>

#include <cmath>

using namespace awb;

// Classical MDS recovers a configuration from its distances (up to rotation, reflection and scale), and the
// lexical map puts similar agents and prompts near each other.
class TestMapLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversASquare();
    void recoversALine();
    void deterministic();
    void lexicalMap();
    void tinyInputs();
};

namespace {

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QList<double> distancesOf(const QList<QPointF> &points)
{
    const int n = int(points.size());
    QList<double> d(n * n);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            d[i * n + j] = distance(points.at(i), points.at(j));
    }
    return d;
}

} // namespace

void TestMapLayout::recoversASquare()
{
    // A 2 × 1 rectangle: MDS must give back the same shape, so all distance ratios hold.
    const QList<QPointF> original { { 0, 0 }, { 2, 0 }, { 2, 1 }, { 0, 1 } };
    const QList<QPointF> points = MapLayout::classicalScaling(distancesOf(original), 4);
    QCOMPARE(points.size(), 4);
    const double scale = distance(points.at(0), points.at(1)) / 2.0;
    QVERIFY(scale > 0);
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            const double expected = distance(original.at(i), original.at(j)) * scale;
            QVERIFY2(std::abs(distance(points.at(i), points.at(j)) - expected) < 1e-6,
                qPrintable(QStringLiteral("%1-%2").arg(i).arg(j)));
        }
    }
    // Scaled into [−1, 1] with at least one coordinate on the edge.
    double extent = 0;
    for (const QPointF &p : points)
        extent = std::max({ extent, std::abs(p.x()), std::abs(p.y()) });
    QVERIFY(std::abs(extent - 1.0) < 1e-9);
}

void TestMapLayout::recoversALine()
{
    const QList<QPointF> original { { 0, 0 }, { 1, 0 }, { 3, 0 }, { 6, 0 } };
    const QList<QPointF> points = MapLayout::classicalScaling(distancesOf(original), 4);
    // One dimension is enough: the second coordinate is (close to) zero everywhere.
    for (const QPointF &p : points)
        QVERIFY(std::abs(p.y()) < 1e-6);
    const double scale = std::abs(points.at(3).x() - points.at(0).x()) / 6.0;
    QVERIFY(std::abs(std::abs(points.at(2).x() - points.at(1).x()) - 2 * scale) < 1e-6);
}

void TestMapLayout::deterministic()
{
    const QList<QPointF> original { { 0, 0 }, { 2, 0 }, { 2, 1 }, { 0, 1 }, { 1, 3 } };
    QCOMPARE(
        MapLayout::classicalScaling(distancesOf(original), 5), MapLayout::classicalScaling(distancesOf(original), 5));
}

void TestMapLayout::lexicalMap()
{
    const LexicalIndex index(
        { TriggerAgent::make(QStringLiteral("sql"), QStringLiteral("Writes SQL queries for databases.")),
            TriggerAgent::make(QStringLiteral("db"), QStringLiteral("Tunes SQL databases and queries.")),
            TriggerAgent::make(QStringLiteral("paint"), QStringLiteral("Paints watercolor pictures.")) });
    const MapLayout::Result map
        = MapLayout::lexical(index, { QStringLiteral("slow SQL queries"), QStringLiteral("watercolor pictures") });
    QCOMPARE(map.agents.size(), 3);
    QCOMPARE(map.prompts.size(), 2);
    // The two database agents are closer to each other than to the painter; each prompt is closest to its topic.
    QVERIFY(distance(map.agents.at(0), map.agents.at(1)) < distance(map.agents.at(0), map.agents.at(2)));
    QVERIFY(distance(map.prompts.at(0), map.agents.at(0)) < distance(map.prompts.at(0), map.agents.at(2)));
    QVERIFY(distance(map.prompts.at(1), map.agents.at(2)) < distance(map.prompts.at(1), map.agents.at(0)));
    // Dense vectors work the same way.
    const MapLayout::Result dense
        = MapLayout::dense({ { 1, 0, 0 }, { 0.9f, 0.1f, 0 }, { 0, 0, 1 } }, { { 0, 0.1f, 1 } });
    QVERIFY(distance(dense.prompts.at(0), dense.agents.at(2)) < distance(dense.prompts.at(0), dense.agents.at(0)));
}

void TestMapLayout::tinyInputs()
{
    QCOMPARE(MapLayout::classicalScaling({}, 0).size(), 0);
    QCOMPARE(MapLayout::classicalScaling({ 0.0 }, 1), QList<QPointF> { QPointF() });
    const QList<QPointF> two = MapLayout::classicalScaling({ 0, 1, 1, 0 }, 2);
    QVERIFY(std::abs(distance(two.at(0), two.at(1)) - 2.0) < 1e-9); // scaled into [−1, 1]
}

QTEST_GUILESS_MAIN(TestMapLayout)
#include "tst_maplayout.moc"
