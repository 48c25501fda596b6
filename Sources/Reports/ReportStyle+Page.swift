extension ReportStyle {
    /// The start of a report page up to and including its header: the document head with the
    /// inline style sheet, then the title `title` (trusted text, written as it is) and the
    /// escaped `subtitle`; the caller adds the sections and closes `main`, `body` and `html`.
    static func pageStart(title: String, subtitle: String, toolVersion: String) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"webcare-sim \(HTMLText.escape(toolVersion))\">\n"
        page += "<title>\(title): \(HTMLText.escape(subtitle))</title>\n"
        page += "<style>\n\(css)\n</style>\n</head>\n<body>\n<main>\n"
        page += "<header>\n<h1>\(title)</h1>\n<p class=\"subtitle\">\(HTMLText.escape(subtitle))</p>\n</header>\n"
        return page
    }
}
