#pragma once

#include "modelinfo.h"
#include "singlerequestjob.h"

namespace awb {

/// The models a provider offers: Anthropic `GET /v1/models` (all pages, following `after_id`
/// while `has_more`), OpenAI-compatible `GET {base}/models`, Ollama `GET /api/tags`.
/// Made by ChatProvider::listModels(); starts by itself.
class ModelListJob : public SingleRequestJob
{
    Q_OBJECT
public:
    ModelListJob(
        QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key, QObject *parent = nullptr);

    /// In the provider's order (Anthropic: newest first).
    QList<ModelInfo> models() const { return m_models; }
    int pagesFetched() const { return m_pages; }
    /// Anthropic pages ask for this many models each (the API's default is 20, maximum 1000).
    void setPageSize(int size) { m_pageSize = size; }

private:
    void start() override;
    void handleBody(const QByteArray &body) override;
    void fetch(const QString &afterId);

    QList<ModelInfo> m_models;
    int m_pages = 0;
    int m_pageSize = 100;
};

} // namespace awb
