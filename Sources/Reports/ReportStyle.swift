/// The report's inline style sheet: a readable single column on a laptop screen, and A4 pages
/// when printed (`@page`): the answer alone on the first page, the appendix from a new page,
/// charts, tables and heat maps kept whole and no heading left at the foot of a page.
enum ReportStyle {
    static let css = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f5f7; color: #1d1d1f;
          font: 15px/1.45 Helvetica, Arial, "Liberation Sans", sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #0072B2; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        p { margin: 6px 0 10px; }
        .subtitle { font-size: 17px; color: #444; margin: 0 0 16px; }
        .note { color: #555; font-size: 13px; }
        .warning { border-left: 4px solid #E69F00; padding: 4px 10px; background: #fff8e6; }
        p.question { font-size: 16px; font-weight: 600; }
        p.answer { font-size: 15.5px; margin: 8px 0 12px; }
        ul.described { font-size: 13px; color: #333; padding-left: 20px; }
        .warnings { border-left: 4px solid #E69F00; padding: 2px 12px 4px; background: #fff8e6; margin: 14px 0; }
        .warnings h3 { margin-top: 6px; }
        .warnings ul { padding-left: 18px; margin: 4px 0; font-size: 13px; }
        table.heat { table-layout: fixed; font-size: 10px; margin: 4px 0 2px; }
        table.heat th { background: none; font-weight: 600; padding: 1px 0; text-align: center; border: 0; font-size: 9.5px; }
        table.heat th:first-child { width: 34px; text-align: left; }
        table.heat td { padding: 3px 0; text-align: center; border: 1px solid #fff; font-variant-numeric: tabular-nums;
          white-space: nowrap; overflow: hidden; }
        .heat .u, .heat-legend .u { background-color: #e4e4e4; color: #666; }
        .heat .x, .heat-legend .x { background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.45) 0 1px,
          rgba(0,0,0,.25) 1px 2px, transparent 2px 7px); }
        p.heat-legend { font-size: 11px; margin: 2px 0 0; color: #444; }
        .heat-legend .sw { display: inline-block; min-width: 34px; padding: 0 3px; text-align: center; margin-right: 1px; }
        .heat-legend .end { margin: 0 6px; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 13px; }
        th, td { padding: 5px 7px; border-bottom: 1px solid #ddd; vertical-align: top; text-align: right; }
        th { background: #f0f3f7; font-weight: 600; }
        th:first-child, td:first-child, th.text, td.text { text-align: left; }
        td .m { font-weight: 600; }
        td .ci { display: block; color: #666; font-size: 11.5px; white-space: nowrap; }
        td .def { display: block; color: #555; font-size: 11.5px; }
        td.sig .m { color: #000; }
        td.ns { color: #666; }
        .mark { font-weight: 700; }
        .swatch { display: inline-block; width: 11px; height: 11px; margin-right: 5px; border-radius: 2px;
          vertical-align: -1px; }
        figure { margin: 14px 0 20px; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        figcaption .note { font-weight: 400; display: block; }
        svg.chart { width: 100%; height: auto; display: block; }
        ul.legend { list-style: none; padding: 0; margin: 4px 0 0; font-size: 12.5px; }
        ul.legend li { display: inline-block; margin: 0 16px 2px 0; }
        ul.legend svg { vertical-align: middle; margin-right: 4px; }
        dl { margin: 6px 0; }
        dt { font-weight: 600; margin-top: 8px; }
        dd { margin: 2px 0 0 18px; }
        code, .hash { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px;
          word-break: break-all; }
        footer { margin-top: 28px; color: #666; font-size: 12px; }
        table, tr, dl, .keep { break-inside: avoid; page-break-inside: avoid; }
        h2, h3, figcaption, p.question, .note { break-after: avoid; page-break-after: avoid; }
        p, li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
        #answer { break-after: page; page-break-after: always; }
        #appendix { break-before: page; page-break-before: always; }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2 { margin-top: 18px; }
          table { font-size: 9pt; margin: 4px 0 10px; }
          th, td { padding: 2.5px 5px; }
          td .ci, td .def { font-size: 8pt; }
          td .ci { display: inline-block; margin-left: 4px; }
          dl { display: grid; grid-template-columns: 34mm 1fr; column-gap: 4mm; }
          dt { margin-top: 3px; }
          dd { margin: 3px 0 0; }
          table.heat { font-size: 6.5pt; }
          table.heat td { padding: 1.5px 0; }
          figure.heat { margin: 6px 0 10px; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
