using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Diplomacy.Data;

/// <summary>
/// Sets every SQLite connection up for one writer beside many readers: WAL so readers never block the writer
/// (nor it them), a busy timeout so a second writer waits its turn instead of failing, and NORMAL sync, which
/// in WAL mode still never corrupts the file and loses at most the last commits on power loss, not on a crash.
/// Reads go through a memory map of the file: every pooled connection then reads the operating system's one cached
/// copy of a page, where each connection's own 2 MB page cache kept a few pages and read the rest from the file
/// again (the timeline's counts over the event participants' index took 80-95 ms that way, 25-35 ms mapped).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>How much of the file is mapped; address space only, the pages stay in the operating system's cache.</summary>
    public const long MemoryMapBytes = 1L << 30;

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA mmap_size = 1073741824;";

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
