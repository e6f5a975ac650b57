package org.jobline.store;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * One caller's use of a cached statement ({@link StatementCache}), until it closes it. Every call
 * goes straight to the SQLite statement (a plain class: the JIT inlines it, where a reflective
 * proxy cost about 1.5 us per message on the outbox writer) and fails once this use is closed.
 * Closing also closes the result set it returned, which resets the SQLite statement: one left
 * stepping would hold a read transaction open (a stale snapshot for a reader, a WAL that cannot
 * be checkpointed). The methods after {@link #getGeneratedKeys} only forward.
 */
final class BorrowedStatement implements PreparedStatement {
  private final StatementCache.Entry entry;
  private boolean closed;
  private ResultSet results;

  BorrowedStatement(StatementCache.Entry entry) {
    this.entry = entry;
  }

  private PreparedStatement open() throws SQLException {
    if (closed) {
      throw new SQLException("statement is closed");
    }
    return entry.statement;
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    PreparedStatement s = entry.statement;
    try {
      if (results != null && !results.isClosed()) {
        results.close();
      }
      s.clearBatch();
      s.clearParameters();
    } finally {
      entry.inUse = false;
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return open().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return open().isWrapperFor(iface);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return results = open().executeQuery();
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    return results = open().executeQuery(sql);
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return results = open().getResultSet();
  }

  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    return results = open().getGeneratedKeys();
  }

  @Override
  public void addBatch() throws SQLException {
    open().addBatch();
  }

  @Override
  public void addBatch(String a0) throws SQLException {
    open().addBatch(a0);
  }

  @Override
  public void cancel() throws SQLException {
    open().cancel();
  }

  @Override
  public void clearBatch() throws SQLException {
    open().clearBatch();
  }

  @Override
  public void clearParameters() throws SQLException {
    open().clearParameters();
  }

  @Override
  public void clearWarnings() throws SQLException {
    open().clearWarnings();
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    open().closeOnCompletion();
  }

  @Override
  public String enquoteIdentifier(String a0, boolean a1) throws SQLException {
    return open().enquoteIdentifier(a0, a1);
  }

  @Override
  public String enquoteLiteral(String a0) throws SQLException {
    return open().enquoteLiteral(a0);
  }

  @Override
  public String enquoteNCharLiteral(String a0) throws SQLException {
    return open().enquoteNCharLiteral(a0);
  }

  @Override
  public int[] executeBatch() throws SQLException {
    return open().executeBatch();
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    return open().executeLargeBatch();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return open().executeLargeUpdate();
  }

  @Override
  public long executeLargeUpdate(String a0, int[] a1) throws SQLException {
    return open().executeLargeUpdate(a0, a1);
  }

  @Override
  public long executeLargeUpdate(String a0, String[] a1) throws SQLException {
    return open().executeLargeUpdate(a0, a1);
  }

  @Override
  public long executeLargeUpdate(String a0, int a1) throws SQLException {
    return open().executeLargeUpdate(a0, a1);
  }

  @Override
  public long executeLargeUpdate(String a0) throws SQLException {
    return open().executeLargeUpdate(a0);
  }

  @Override
  public int executeUpdate() throws SQLException {
    return open().executeUpdate();
  }

  @Override
  public int executeUpdate(String a0, int[] a1) throws SQLException {
    return open().executeUpdate(a0, a1);
  }

  @Override
  public int executeUpdate(String a0, String[] a1) throws SQLException {
    return open().executeUpdate(a0, a1);
  }

  @Override
  public int executeUpdate(String a0, int a1) throws SQLException {
    return open().executeUpdate(a0, a1);
  }

  @Override
  public int executeUpdate(String a0) throws SQLException {
    return open().executeUpdate(a0);
  }

  @Override
  public boolean execute() throws SQLException {
    return open().execute();
  }

  @Override
  public boolean execute(String a0, int[] a1) throws SQLException {
    return open().execute(a0, a1);
  }

  @Override
  public boolean execute(String a0, String[] a1) throws SQLException {
    return open().execute(a0, a1);
  }

  @Override
  public boolean execute(String a0, int a1) throws SQLException {
    return open().execute(a0, a1);
  }

  @Override
  public boolean execute(String a0) throws SQLException {
    return open().execute(a0);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return open().getConnection();
  }

  @Override
  public int getFetchDirection() throws SQLException {
    return open().getFetchDirection();
  }

  @Override
  public int getFetchSize() throws SQLException {
    return open().getFetchSize();
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    return open().getLargeMaxRows();
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    return open().getLargeUpdateCount();
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    return open().getMaxFieldSize();
  }

  @Override
  public int getMaxRows() throws SQLException {
    return open().getMaxRows();
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    return open().getMetaData();
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    return open().getMoreResults();
  }

  @Override
  public boolean getMoreResults(int a0) throws SQLException {
    return open().getMoreResults(a0);
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    return open().getParameterMetaData();
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    return open().getQueryTimeout();
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    return open().getResultSetConcurrency();
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    return open().getResultSetHoldability();
  }

  @Override
  public int getResultSetType() throws SQLException {
    return open().getResultSetType();
  }

  @Override
  public int getUpdateCount() throws SQLException {
    return open().getUpdateCount();
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    return open().getWarnings();
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    return open().isCloseOnCompletion();
  }

  @Override
  public boolean isPoolable() throws SQLException {
    return open().isPoolable();
  }

  @Override
  public boolean isSimpleIdentifier(String a0) throws SQLException {
    return open().isSimpleIdentifier(a0);
  }

  @Override
  public void setArray(int a0, Array a1) throws SQLException {
    open().setArray(a0, a1);
  }

  @Override
  public void setAsciiStream(int a0, InputStream a1, int a2) throws SQLException {
    open().setAsciiStream(a0, a1, a2);
  }

  @Override
  public void setAsciiStream(int a0, InputStream a1, long a2) throws SQLException {
    open().setAsciiStream(a0, a1, a2);
  }

  @Override
  public void setAsciiStream(int a0, InputStream a1) throws SQLException {
    open().setAsciiStream(a0, a1);
  }

  @Override
  public void setBigDecimal(int a0, BigDecimal a1) throws SQLException {
    open().setBigDecimal(a0, a1);
  }

  @Override
  public void setBinaryStream(int a0, InputStream a1, int a2) throws SQLException {
    open().setBinaryStream(a0, a1, a2);
  }

  @Override
  public void setBinaryStream(int a0, InputStream a1, long a2) throws SQLException {
    open().setBinaryStream(a0, a1, a2);
  }

  @Override
  public void setBinaryStream(int a0, InputStream a1) throws SQLException {
    open().setBinaryStream(a0, a1);
  }

  @Override
  public void setBlob(int a0, InputStream a1, long a2) throws SQLException {
    open().setBlob(a0, a1, a2);
  }

  @Override
  public void setBlob(int a0, InputStream a1) throws SQLException {
    open().setBlob(a0, a1);
  }

  @Override
  public void setBlob(int a0, Blob a1) throws SQLException {
    open().setBlob(a0, a1);
  }

  @Override
  public void setBoolean(int a0, boolean a1) throws SQLException {
    open().setBoolean(a0, a1);
  }

  @Override
  public void setByte(int a0, byte a1) throws SQLException {
    open().setByte(a0, a1);
  }

  @Override
  public void setBytes(int a0, byte[] a1) throws SQLException {
    open().setBytes(a0, a1);
  }

  @Override
  public void setCharacterStream(int a0, Reader a1, int a2) throws SQLException {
    open().setCharacterStream(a0, a1, a2);
  }

  @Override
  public void setCharacterStream(int a0, Reader a1, long a2) throws SQLException {
    open().setCharacterStream(a0, a1, a2);
  }

  @Override
  public void setCharacterStream(int a0, Reader a1) throws SQLException {
    open().setCharacterStream(a0, a1);
  }

  @Override
  public void setClob(int a0, Reader a1, long a2) throws SQLException {
    open().setClob(a0, a1, a2);
  }

  @Override
  public void setClob(int a0, Reader a1) throws SQLException {
    open().setClob(a0, a1);
  }

  @Override
  public void setClob(int a0, Clob a1) throws SQLException {
    open().setClob(a0, a1);
  }

  @Override
  public void setCursorName(String a0) throws SQLException {
    open().setCursorName(a0);
  }

  @Override
  public void setDate(int a0, Date a1, Calendar a2) throws SQLException {
    open().setDate(a0, a1, a2);
  }

  @Override
  public void setDate(int a0, Date a1) throws SQLException {
    open().setDate(a0, a1);
  }

  @Override
  public void setDouble(int a0, double a1) throws SQLException {
    open().setDouble(a0, a1);
  }

  @Override
  public void setEscapeProcessing(boolean a0) throws SQLException {
    open().setEscapeProcessing(a0);
  }

  @Override
  public void setFetchDirection(int a0) throws SQLException {
    open().setFetchDirection(a0);
  }

  @Override
  public void setFetchSize(int a0) throws SQLException {
    open().setFetchSize(a0);
  }

  @Override
  public void setFloat(int a0, float a1) throws SQLException {
    open().setFloat(a0, a1);
  }

  @Override
  public void setInt(int a0, int a1) throws SQLException {
    open().setInt(a0, a1);
  }

  @Override
  public void setLargeMaxRows(long a0) throws SQLException {
    open().setLargeMaxRows(a0);
  }

  @Override
  public void setLong(int a0, long a1) throws SQLException {
    open().setLong(a0, a1);
  }

  @Override
  public void setMaxFieldSize(int a0) throws SQLException {
    open().setMaxFieldSize(a0);
  }

  @Override
  public void setMaxRows(int a0) throws SQLException {
    open().setMaxRows(a0);
  }

  @Override
  public void setNCharacterStream(int a0, Reader a1, long a2) throws SQLException {
    open().setNCharacterStream(a0, a1, a2);
  }

  @Override
  public void setNCharacterStream(int a0, Reader a1) throws SQLException {
    open().setNCharacterStream(a0, a1);
  }

  @Override
  public void setNClob(int a0, Reader a1, long a2) throws SQLException {
    open().setNClob(a0, a1, a2);
  }

  @Override
  public void setNClob(int a0, Reader a1) throws SQLException {
    open().setNClob(a0, a1);
  }

  @Override
  public void setNClob(int a0, NClob a1) throws SQLException {
    open().setNClob(a0, a1);
  }

  @Override
  public void setNString(int a0, String a1) throws SQLException {
    open().setNString(a0, a1);
  }

  @Override
  public void setNull(int a0, int a1, String a2) throws SQLException {
    open().setNull(a0, a1, a2);
  }

  @Override
  public void setNull(int a0, int a1) throws SQLException {
    open().setNull(a0, a1);
  }

  @Override
  public void setObject(int a0, Object a1, int a2, int a3) throws SQLException {
    open().setObject(a0, a1, a2, a3);
  }

  @Override
  public void setObject(int a0, Object a1, int a2) throws SQLException {
    open().setObject(a0, a1, a2);
  }

  @Override
  public void setObject(int a0, Object a1, SQLType a2, int a3) throws SQLException {
    open().setObject(a0, a1, a2, a3);
  }

  @Override
  public void setObject(int a0, Object a1, SQLType a2) throws SQLException {
    open().setObject(a0, a1, a2);
  }

  @Override
  public void setObject(int a0, Object a1) throws SQLException {
    open().setObject(a0, a1);
  }

  @Override
  public void setPoolable(boolean a0) throws SQLException {
    open().setPoolable(a0);
  }

  @Override
  public void setQueryTimeout(int a0) throws SQLException {
    open().setQueryTimeout(a0);
  }

  @Override
  public void setRef(int a0, Ref a1) throws SQLException {
    open().setRef(a0, a1);
  }

  @Override
  public void setRowId(int a0, RowId a1) throws SQLException {
    open().setRowId(a0, a1);
  }

  @Override
  public void setSQLXML(int a0, SQLXML a1) throws SQLException {
    open().setSQLXML(a0, a1);
  }

  @Override
  public void setShort(int a0, short a1) throws SQLException {
    open().setShort(a0, a1);
  }

  @Override
  public void setString(int a0, String a1) throws SQLException {
    open().setString(a0, a1);
  }

  @Override
  public void setTime(int a0, Time a1, Calendar a2) throws SQLException {
    open().setTime(a0, a1, a2);
  }

  @Override
  public void setTime(int a0, Time a1) throws SQLException {
    open().setTime(a0, a1);
  }

  @Override
  public void setTimestamp(int a0, Timestamp a1, Calendar a2) throws SQLException {
    open().setTimestamp(a0, a1, a2);
  }

  @Override
  public void setTimestamp(int a0, Timestamp a1) throws SQLException {
    open().setTimestamp(a0, a1);
  }

  @Override
  public void setURL(int a0, URL a1) throws SQLException {
    open().setURL(a0, a1);
  }

  @Override
  public void setUnicodeStream(int a0, InputStream a1, int a2) throws SQLException {
    open().setUnicodeStream(a0, a1, a2);
  }
}
