#pragma once

#include "BudgetViewRepository.h"
#include "SpendSeries.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QShowEvent;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace codemie {

class SessionWorker;
class SpendChart;
class SpendSeriesModel;
class TopSpenderModel;

// Spend over time: a subject (all projects, a project or a user), a
// category and a period; the chart, the same numbers as a table, this
// period against the previous one, and the top spenders. Every read runs on
// a worker.
class SpendView : public QWidget {
    Q_OBJECT
public:
    explicit SpendView(QWidget *parent = nullptr);
    ~SpendView() override;

    void setSession(PlatformSession *session);
    // The period's last day (default: today in UTC); tests fix it.
    void setReferenceDay(const QDate &day);
    // Shows a subject (and reloads).
    void showSubject(const SpendSubject &subject);
    SpendSubject subject() const;
    // 7, 30, 90, 365 days, or 0 for the custom range.
    void setPeriodDays(int days);
    void setCustomRange(const QDate &from, const QDate &to);
    QDate periodFrom() const;
    QDate periodTo() const;
    bool isLoading() const { return m_loading; }

    const SpendSeries &series() const;
    SpendComparison comparison() const { return m_comparison; }
    Outcome exportCsv(const QString &path) const;
    Outcome exportPng(const QString &path) const;

    SpendChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QTabWidget *views() const { return m_views; }
    QComboBox *subjectKindCombo() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_key; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *periodCombo() const { return m_period; }
    QPushButton *showButton() const { return m_show; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportPngButton() const { return m_exportPng; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *topProjectsView() const { return m_topProjectsView; }
    QTableView *topUsersView() const { return m_topUsersView; }
    TopSpenderModel *topProjects() const { return m_topProjects; }
    TopSpenderModel *topUsers() const { return m_topUsers; }

public slots:
    void reload();
    void chooseCsvFile();
    void choosePngFile();

signals:
    // A reload's answer is shown (or its error).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateKindUi();
    void showTopSpender(bool project, const QModelIndex &index);

    PlatformSession *m_session = nullptr;
    std::unique_ptr<SessionWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadWhenShown = false; // nothing is read for a hidden view
    QDate m_referenceDay;
    SpendComparison m_comparison;
    QString m_subjectName;

    QComboBox *m_kind;
    QLineEdit *m_key;
    QComboBox *m_category;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_show;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPng;
    QLabel *m_summary;
    QLabel *m_error;
    QTabWidget *m_views;
    SpendChart *m_chart;
    QTableView *m_table;
    SpendSeriesModel *m_model;
    TopSpenderModel *m_topProjects;
    TopSpenderModel *m_topUsers;
    QTableView *m_topProjectsView;
    QTableView *m_topUsersView;
};

} // namespace codemie
