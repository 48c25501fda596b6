#ifndef C_PATH_EXCHANGE_H
#define C_PATH_EXCHANGE_H

/// Swaps what two paths name in one step (Linux renameat2 with RENAME_EXCHANGE), so that a
/// folder of results is replaced without a moment in which it is missing. Returns 0, or -1
/// with errno set (EINVAL or ENOSYS where the file system or kernel cannot exchange).
int path_exchange(const char *_Nonnull first, const char *_Nonnull second);

#endif
