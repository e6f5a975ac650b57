package org.jobline.store.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Lets code written for SQLite's {@code ?1, ?2} parameters run on PostgreSQL unchanged: {@link #wrap}
 * gives a {@link Connection} whose {@code prepareStatement} translates the text (see
 * {@link NumberedParameters}) and whose statements' {@code setString(1, x)} (every {@code setXxx(int, ...)})
 * fills every position of {@code ?1}. Everything else goes straight to the driver's objects.
 */
public final class NumberedStatements {
  /** Translations by SQL text: our statements are constants, so a small cache holds them all. */
  private static final Cache<String, NumberedParameters> TRANSLATED = Caffeine.newBuilder().maximumSize(2_000).build();

  private NumberedStatements() {}

  public static NumberedParameters translate(String sql) {
    return TRANSLATED.get(sql, NumberedParameters::translate);
  }

  /** A connection that prepares our numbered SQL on {@code connection}. */
  public static Connection wrap(Connection connection) {
    return (Connection) Proxy.newProxyInstance(NumberedStatements.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
  }

  /** {@code statement} (prepared from {@code parameters.sql()}) bound by our parameter numbers. */
  public static PreparedStatement bindByNumber(PreparedStatement statement, NumberedParameters parameters) {
    return (PreparedStatement) Proxy.newProxyInstance(NumberedStatements.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, new StatementHandler(statement, parameters));
  }

  private record ConnectionHandler(Connection target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
        NumberedParameters parameters = translate(sql);
        Object[] translated = args.clone();
        translated[0] = parameters.sql();
        return bindByNumber((PreparedStatement) call(target, method, translated), parameters);
      }
      if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
        return proxy;
      }
      return call(target, method, args);
    }
  }

  private record StatementHandler(PreparedStatement target, NumberedParameters parameters) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (!isSetter(method)) {
        return call(target, method, args);
      }
      int number = (Integer) args[0];
      if (number < 1 || number > parameters.count()) {
        throw new SQLException("parameter ?" + number + " is not in the statement (it has " + parameters.count()
            + "): " + parameters.sql(), "22023");
      }
      int[] positions = parameters.positionsOf(number);
      if (positions.length > 1 && isStream(method)) {
        throw new SQLException("a stream cannot fill ?" + number + ", which appears " + positions.length + " times", "0A000");
      }
      Object[] at = args.clone();
      for (int position : positions) {
        at[0] = position;
        call(target, method, at);
      }
      return null;
    }

    private static boolean isSetter(Method method) {
      Class<?>[] types = method.getParameterTypes();
      return method.getName().startsWith("set") && types.length >= 2 && types[0] == int.class
          && method.getDeclaringClass() == PreparedStatement.class;
    }

    private static boolean isStream(Method method) {
      for (Class<?> type : method.getParameterTypes()) {
        if (InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)) {
          return true;
        }
      }
      return false;
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
