import Calibration

extension ExportData {
    /// Every message read, by conversation (for small test exports).
    func messages() throws -> [MessageRecord] {
        var records: [MessageRecord] = []
        try forEachByConversation { (record: MessageRecord) throws(ExportError) in records.append(record) }
        return records
    }
}
