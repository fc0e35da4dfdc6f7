using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Diplomacy.Data.Import;

/// <summary>
/// Inserts rows without the change tracker, inside the context's current transaction. The statements and the values
/// bound come from the EF model (table and column names, type mappings, value converters), so both engines get the
/// same SQL and store the same values SaveChanges would.
/// </summary>
/// <remarks>
/// An article has about a hundred rows, nearly all of them rows nothing else points at (mentions, positions, sources);
/// tracking each one cost more than storing it. Where the engine runs in-process (SQLite) each queued row runs through
/// one prepared statement per table, microseconds a row; where it is a server away (PostgreSQL) the queue goes as one
/// batch, one round trip. The statements are built once and serve every transaction of the context's connection.
/// </remarks>
internal sealed class RowInserter(DiplomacyDbContext db)
{
    private readonly DbConnection _connection = db.Database.GetDbConnection();
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly Dictionary<Type, Statement> _statements = [];
    private readonly List<(Statement Statement, object Row)> _queued = [];

    private DbCommand? _parameterFactory;

    /// <summary>Queues a row whose generated key nobody needs; <see cref="FlushAsync"/> stores the queue.</summary>
    public void Add<TEntity>(TEntity row)
        where TEntity : class => _queued.Add((StatementFor(typeof(TEntity)), row));

    /// <summary>Inserts one row now and returns the key the database generated for it.</summary>
    public async Task<int> InsertAsync<TEntity>(TEntity row, CancellationToken cancellationToken)
        where TEntity : class
    {
        var statement = StatementFor(typeof(TEntity));
        var command = statement.ReturningKey(_connection);
        command.Transaction = CurrentTransaction();
        command.Parameters.Clear();
        statement.Bind(command.Parameters, command, row);
        var key = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(key, CultureInfo.InvariantCulture);
    }

    /// <summary>Stores every queued row, in the order queued.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_queued.Count == 0)
        {
            return;
        }

        var transaction = CurrentTransaction();
        if (_connection.CanCreateBatch)
        {
            // EF's type mappings create their parameters through a command; this one serves only that purpose.
            _parameterFactory ??= _connection.CreateCommand();
            var batch = _connection.CreateBatch();
            await using (batch.ConfigureAwait(false))
            {
                batch.Transaction = transaction;
                foreach (var (statement, row) in _queued)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = statement.InsertSql;
                    statement.Bind(command.Parameters, _parameterFactory, row);
                    batch.BatchCommands.Add(command);
                }

                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            foreach (var (statement, row) in _queued)
            {
                var command = statement.Insert(_connection);
                command.Transaction = transaction;
                command.Parameters.Clear();
                statement.Bind(command.Parameters, command, row);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _queued.Clear();
    }

    /// <summary>Drops the rows still queued, after a failed article.</summary>
    public void Clear() => _queued.Clear();

    private DbTransaction CurrentTransaction() =>
        db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rows are inserted inside a transaction.");

    private Statement StatementFor(Type type)
    {
        if (!_statements.TryGetValue(type, out var statement))
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            statement = new Statement(entityType, _sql);
            _statements.Add(type, statement);
        }

        return statement;
    }

    /// <summary>One table's INSERT, with and without returning the generated key, and the commands running it.</summary>
    private sealed class Statement
    {
        private readonly (RelationalTypeMapping Mapping, IClrPropertyGetter Getter, string Parameter, bool Nullable)[] _columns;
        private readonly string? _returningKeySql;
        private DbCommand? _insert;
        private DbCommand? _returningKey;

        public Statement(IEntityType entityType, ISqlGenerationHelper sql)
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var generatedKey = entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
            var properties = entityType.GetProperties().Where(p => p != generatedKey).ToList();
            _columns = [.. properties.Select((p, i) => (p.GetRelationalTypeMapping(), p.GetGetter(), sql.GenerateParameterName("p" + i), p.IsNullable))];
            InsertSql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
                + $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
                + $"VALUES ({string.Join(", ", properties.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
            _returningKeySql = generatedKey is null ? null : $"{InsertSql} RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}";
        }

        public string InsertSql { get; }

        public DbCommand Insert(DbConnection connection) => _insert ??= Command(connection, InsertSql);

        public DbCommand ReturningKey(DbConnection connection) =>
            _returningKey ??= Command(connection, _returningKeySql ?? throw new InvalidOperationException("The table has no generated key."));

        public void Bind(DbParameterCollection parameters, DbCommand factory, object row)
        {
            foreach (var (mapping, getter, parameter, nullable) in _columns)
            {
                parameters.Add(mapping.CreateParameter(factory, parameter, getter.GetClrValueUsingContainingEntity(row), nullable));
            }
        }

        // The command outlives transactions and reconnections: the engine prepares it again when it must.
        private static DbCommand Command(DbConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            return command;
        }
    }
}
