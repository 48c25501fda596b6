/// The version of webcare-sim, recorded in results/manifest.json so a reader knows which tool
/// wrote a baseline. Raise it with each release.
public enum ToolVersion {
    public static let current = "0.1.0"
}
