import Foundation

/// What kind of thing a path is, from its `stat` mode: a file that can be read or written as
/// one, or something a reader or writer must refuse (a device, a FIFO, a folder, a socket).
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
    case regular
    case directory
    case symbolicLink
    case fifo
    case characterDevice
    case blockDevice
    case socket

    /// The kind of `mode` (`st_mode`); nil for a kind this does not know.
    public init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: return nil
        }
    }

    /// The kind of what is at `path` itself (a symbolic link is not followed); nil when nothing is there.
    public static func of(_ path: String) -> FileKind? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return FileKind(mode: status.st_mode)
    }

    /// The kind as a message says it: "a directory", "a FIFO (named pipe)", ...
    public var description: String {
        switch self {
        case .regular: "a regular file"
        case .directory: "a directory"
        case .symbolicLink: "a symbolic link"
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        }
    }
}
