<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>prime::ui::MainWindow</name>
    <message>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <source>%1: %L2 designs, %3, %4% feasible, space %5</source>
        <translation>%1: %L2 Entwürfe, %3, %4 % machbar, Suchraum %5</translation>
    </message>
    <message>
        <source>&amp;About PRIME Studio</source>
        <translation>&amp;Über PRIME Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>Protokoll ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Save Plot…</source>
        <translation>Diagramm &amp;speichern…</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 Anwendung</translation>
    </message>
    <message>
        <source>About PRIME Studio</source>
        <translation>Über PRIME Studio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not load the log</source>
        <translation>Das Protokoll konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the log.</source>
        <translation>Das Protokoll konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Design logs (*.csv *.tsv *.tfrecord *.tfrecords *.primelog);;All files (*)</source>
        <translation>Entwurfsprotokolle (*.csv *.tsv *.tfrecord *.tfrecords *.primelog);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading cancelled; nothing was changed.</source>
        <translation>Laden abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>No log loaded. File ▸ Open Log… reads CSV, TFRecord or snapshot files.</source>
        <translation>Kein Protokoll geladen. Datei ▸ Protokoll öffnen… liest CSV-, TFRecord- und Snapshot-Dateien.</translation>
    </message>
    <message>
        <source>Open design logs</source>
        <translation>Entwurfsprotokolle öffnen</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PRIME Studio — %1</source>
        <translation>PRIME Studio — %1</translation>
    </message>
    <message>
        <source>PRIME Studio</source>
        <translation>PRIME Studio</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRIME Studio %1&lt;/b&gt;&lt;p&gt;Data-driven design of hardware accelerators with conservative surrogates (PRIME, Kumar et al., ICLR 2022).&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PRIME Studio %1&lt;/b&gt;&lt;p&gt;Datengetriebener Entwurf von Hardware-Beschleunigern mit konservativen Surrogatmodellen (PRIME, Kumar et al., ICLR 2022).&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>prime::ui::AreaLatencyPlot</name>
    <message>
        <source>Area (mm²)</source>
        <translation>Fläche (mm²)</translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation>Latenz (ms, logarithmisch)</translation>
    </message>
    <message>
        <source>Feasible designs</source>
        <translation>Machbare Entwürfe</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
</context>
</TS>
